import type { RichTextNode } from '../../shared/schema';
import type { Block, HeadingBlock, ListBlock, ListItem, Run } from './outline';
import { cleanText } from './text';

/**
 * Rich text (ProseMirror-shaped JSON read from the shared document) as outline blocks.
 * Only structure and bold/italic survive: links keep their words but lose their target, and
 * unknown nodes keep their text. Whatever a member's editor stored, the export shows words,
 * never something that acts.
 */

function hasMark(node: RichTextNode, ...types: string[]): boolean {
  return node.marks?.some((mark) => types.includes(mark.type)) ?? false;
}

/** The inline runs of a block node; hard breaks become newlines. */
export function inlineRuns(node: RichTextNode): Run[] {
  if (node.type === 'text') {
    const text = cleanText(node.text ?? '');
    if (text === '') return [];
    const run: { text: string; bold?: boolean; italic?: boolean } = { text };
    if (hasMark(node, 'bold', 'strong')) run.bold = true;
    if (hasMark(node, 'italic', 'em')) run.italic = true;
    return [run];
  }
  if (node.type === 'hardBreak') return [{ text: '\n' }];
  if (node.text !== undefined) return [{ text: cleanText(node.text) }];
  const runs: Run[] = [];
  for (const child of node.content ?? []) {
    // Blocks nested where inline content was expected (a paragraph inside a list item's
    // paragraph, say) still read as separate lines.
    if (runs.length > 0 && isBlock(child)) runs.push({ text: '\n' });
    runs.push(...inlineRuns(child));
  }
  return runs;
}

const blockTypes = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock']);

function isBlock(node: RichTextNode): boolean {
  return blockTypes.has(node.type);
}

function isEmpty(runs: readonly Run[]): boolean {
  return runs.every((run) => run.text.trim() === '');
}

function listItem(node: RichTextNode): ListItem {
  const runs: Run[] = [];
  const children: ListBlock[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      const nested = listBlock(child);
      if (nested.items.length > 0) children.push(nested);
      continue;
    }
    const childRuns = inlineRuns(child);
    if (isEmpty(childRuns)) continue;
    if (runs.length > 0) runs.push({ text: '\n' });
    runs.push(...childRuns);
  }
  return children.length > 0 ? { runs, children } : { runs };
}

function listBlock(node: RichTextNode): ListBlock {
  const items = (node.content ?? [])
    .map(listItem)
    .filter((item) => !isEmpty(item.runs) || (item.children?.length ?? 0) > 0);
  return { kind: 'list', ordered: node.type === 'orderedList', items };
}

function headingLevel(node: RichTextNode, base: 3 | 4): HeadingBlock['level'] {
  const typed = node.attrs?.level;
  const offset = typeof typed === 'number' && typed > 1 ? 1 : 0;
  return Math.min(4, base + offset) as HeadingBlock['level'];
}

function blocksOf(node: RichTextNode, base: 3 | 4, out: Block[]): void {
  switch (node.type) {
    case 'doc':
    case 'blockquote':
      for (const child of node.content ?? []) blocksOf(child, base, out);
      return;
    case 'bulletList':
    case 'orderedList': {
      const list = listBlock(node);
      if (list.items.length > 0) out.push(list);
      return;
    }
    case 'heading': {
      // Typed headings sit below the section they are in: a member cannot add a section.
      const text = inlineRuns(node).map((run) => run.text).join('').replace(/\s+/g, ' ').trim();
      if (text) out.push({ kind: 'heading', level: headingLevel(node, base), text });
      return;
    }
    case 'horizontalRule':
      return;
    default: {
      const runs = inlineRuns(node);
      if (!isEmpty(runs)) out.push({ kind: 'paragraph', runs });
    }
  }
}

/**
 * The blocks of a rich text; `headingLevel` is where a typed top-level heading lands
 * (3 inside a section, 4 inside an item). Empty text gives no blocks.
 */
export function richTextBlocks(node: RichTextNode, headingLevelBase: 3 | 4 = 3): Block[] {
  const out: Block[] = [];
  blocksOf(node, headingLevelBase, out);
  return out;
}

/** Rich text's blocks, or a muted line saying nothing was written, so no section looks cut off. */
export function richTextOrEmpty(node: RichTextNode, empty: string, headingLevelBase: 3 | 4 = 3): Block[] {
  const blocks = richTextBlocks(node, headingLevelBase);
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', runs: [{ text: empty, muted: true, italic: true }] }];
}

/** Plain lines of a rich text, for table cells (which hold lines, not blocks). */
export function richTextLines(node: RichTextNode): Run[][] {
  const lines: Run[][] = [];
  for (const block of richTextBlocks(node, 4)) {
    if (block.kind === 'paragraph') lines.push([...block.runs]);
    else if (block.kind === 'heading') lines.push([{ text: block.text, bold: true }]);
    else if (block.kind === 'list') {
      block.items.forEach((item, index) => lines.push([{ text: block.ordered ? `${index + 1}. ` : '• ' }, ...item.runs]));
    }
  }
  return lines;
}
