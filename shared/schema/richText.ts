import * as Y from 'yjs';
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

function marksOf(attributes: unknown): RichTextMark[] | undefined {
  if (!isRecord(attributes)) return undefined;
  const marks: RichTextMark[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    // Overlapping marks of one type are stored as "type--hash"; the type is what matters.
    const type = name.split('--')[0] ?? name;
    if (value === null || value === false) continue;
    marks.push(isRecord(value) && Object.keys(value).length > 0 ? { type, attrs: { ...value } } : { type });
  }
  return marks.length > 0 ? marks : undefined;
}

function textNodes(text: Y.XmlText): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const op of text.toDelta() as unknown[]) {
    if (!isRecord(op) || typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = marksOf(op.attributes);
    nodes.push(marks ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return nodes;
}

function childNodes(parent: Y.XmlFragment): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) nodes.push(...textNodes(child));
    else if (child instanceof Y.XmlElement) nodes.push(elementNode(child));
  }
  return nodes;
}

function elementNode(element: Y.XmlElement): RichTextNode {
  const attributes: Record<string, unknown> = element.getAttributes();
  const content = childNodes(element);
  const node: { type: string; attrs?: Record<string, unknown>; content?: RichTextNode[] } = {
    type: element.nodeName,
  };
  if (Object.keys(attributes).length > 0) node.attrs = attributes;
  if (content.length > 0) node.content = content;
  return node;
}

/** ProseMirror-shaped JSON of a fragment: `{type: 'doc', content: [...]}`. */
export function readRichText(fragment: Y.XmlFragment | null): RichTextNode {
  if (!fragment) return emptyRichText;
  return { type: 'doc', content: childNodes(fragment) };
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
