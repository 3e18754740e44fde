import * as Y from 'yjs';
import { clampText, fieldLimits } from './limits';
import { isRecord } from './read';

/**
 * Rich text as stored by the Tiptap Collaboration binding: a Y.XmlFragment whose elements are
 * ProseMirror nodes (nodeName = node type, attributes = node attrs) and whose Y.XmlText runs
 * carry marks as formatting attributes (mark name → mark attrs). Readers turn it into
 * ProseMirror-shaped JSON without needing ProseMirror, so the server can export it.
 */
export interface RichTextMark {
  readonly type: string;
  readonly attrs?: Record<string, unknown>;
}

export interface RichTextNode {
  readonly type: string;
  readonly attrs?: Record<string, unknown>;
  readonly content?: RichTextNode[];
  readonly text?: string;
  readonly marks?: RichTextMark[];
}

export const emptyRichText: RichTextNode = { type: 'doc', content: [] };

/** Attribute values are short plain values (a heading level, a link's address); anything else is dropped. */
function clampAttrs(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes).slice(0, 16)) {
    if (typeof value === 'string') out[name] = clampText(value, fieldLimits.shortValue);
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) out[name] = value;
  }
  return out;
}

function marksOf(attributes: unknown): RichTextMark[] | undefined {
  if (!isRecord(attributes)) return undefined;
  const marks: RichTextMark[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    // Overlapping marks of one type are stored as "type--hash"; the type is what matters.
    const type = name.split('--')[0] ?? name;
    if (value === null || value === false) continue;
    marks.push(isRecord(value) && Object.keys(value).length > 0 ? { type, attrs: clampAttrs(value) } : { type });
  }
  return marks.length > 0 ? marks : undefined;
}

/**
 * What is left of one field's allowance while reading it: characters of text, and elements
 * (an element costs one, so a field of a million empty paragraphs is cut too).
 */
interface Budget {
  left: number;
}

function textNodes(text: Y.XmlText, budget: Budget): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const op of text.toDelta() as unknown[]) {
    if (budget.left <= 0) break;
    if (!isRecord(op) || typeof op.insert !== 'string' || op.insert === '') continue;
    const insert = clampText(op.insert, budget.left);
    budget.left -= Math.max(insert.length, 1);
    const marks = marksOf(op.attributes);
    nodes.push(marks ? { type: 'text', text: insert, marks } : { type: 'text', text: insert });
  }
  return nodes;
}

function childNodes(parent: Y.XmlFragment, budget: Budget): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (budget.left <= 0) break;
    if (child instanceof Y.XmlText) nodes.push(...textNodes(child, budget));
    else if (child instanceof Y.XmlElement) nodes.push(elementNode(child, budget));
  }
  return nodes;
}

function elementNode(element: Y.XmlElement, budget: Budget): RichTextNode {
  budget.left -= 1;
  const attributes = clampAttrs(element.getAttributes());
  const content = childNodes(element, budget);
  const node: { type: string; attrs?: Record<string, unknown>; content?: RichTextNode[] } = {
    type: clampText(element.nodeName, fieldLimits.shortValue),
  };
  if (Object.keys(attributes).length > 0) node.attrs = attributes;
  if (content.length > 0) node.content = content;
  return node;
}

/**
 * ProseMirror-shaped JSON of a fragment: `{type: 'doc', content: [...]}`, cut after
 * `fieldLimits.richText` characters and elements.
 */
export function readRichText(fragment: Y.XmlFragment | null): RichTextNode {
  if (!fragment) return emptyRichText;
  return { type: 'doc', content: childNodes(fragment, { left: fieldLimits.richText }) };
}

const blockSeparator = '\n';

/** Plain text of rich text: blocks on their own lines. For summaries, search and Markdown. */
export function richTextToPlain(node: RichTextNode): string {
  if (node.text !== undefined) return node.text;
  const children = node.content ?? [];
  const hasBlocks = children.some((child) => child.text === undefined);
  return children.map(richTextToPlain).join(hasBlocks ? blockSeparator : '');
}

/**
 * Replaces a fragment's content with plain paragraphs (one per line). For seeding and for
 * forms without an editor; live editing goes through the Tiptap binding instead.
 */
export function writePlainParagraphs(fragment: Y.XmlFragment, text: string): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  const paragraphs = text.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (line !== '') paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
  fragment.insert(0, paragraphs);
}
