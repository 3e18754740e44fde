import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { meetingOutline } from './meetingOutline';
import type { Block, Cell, ListBlock, Outline, Run, Runs } from './outline';
import { planOutline } from './planOutline';

/**
 * Markdown: headings and lists as Markdown, tables as GFM tables. Everything a member typed is
 * escaped so it stays text in any Markdown viewer: no link, image, HTML tag or autolink can
 * come out of it, and a line typed as "# title" or "- item" does not turn into structure.
 */

// Characters that start links, images, HTML, emphasis, code, tables and strikethrough anywhere.
const inlineSpecial = /[\\`*_[\]<>|~&]/g;

/** Escapes one line of user text (no newlines) for Markdown. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(inlineSpecial, (char) => `\\${char}`)
      // GFM turns bare URLs into links; an escaped colon or dot stops the autolink.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`)
      // Block markers only count at the start of a line.
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

function styled(text: string, run: Run): string {
  const escaped = escapeMarkdown(text);
  if (escaped.trim() === '') return escaped;
  const marker = run.bold && (run.italic || run.muted) ? '***' : run.bold ? '**' : run.italic || run.muted ? '*' : '';
  if (!marker) return escaped;
  // Emphasis must hug the words: keep surrounding spaces outside the markers.
  const match = /^(\s*)(.*?)(\s*)$/s.exec(escaped);
  const [, before = '', inner = '', after = ''] = match ?? [];
  return `${before}${marker}${inner}${marker}${after}`;
}

/** Runs as inline Markdown; `lineBreak` is what a newline inside the text becomes. */
function inline(runs: Runs, lineBreak: string): string {
  return runs
    .map((run) => run.text.split('\n').map((line) => styled(line, run)).join(lineBreak))
    .join('');
}

function listLines(list: ListBlock, indent: string): string[] {
  const lines: string[] = [];
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${index + 1}. ` : '- ';
    const childIndent = indent + ' '.repeat(marker.length);
    lines.push(`${indent}${marker}${inline(item.runs, `\\\n${childIndent}`)}`);
    for (const child of item.children ?? []) lines.push(...listLines(child, childIndent));
  });
  return lines;
}

function cell(value: Cell): string {
  return value.map((line) => inline(line, '<br>')).join('<br>') || ' ';
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return block.style === 'intro' ? `*${inline(block.runs, '\\\n').trim()}*` : inline(block.runs, '\\\n');
    case 'notice':
      return `> ${inline(block.runs, '\\\n> ')}`;
    case 'list':
      return listLines(block, '').join('\n');
    case 'fields':
      return block.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${inline(row.value, '\\\n  ')}`).join('\n');
    case 'table': {
      const header = `| ${block.columns.map((column) => escapeMarkdown(column.label)).join(' | ')} |`;
      const rule = `| ${block.columns.map(() => '---').join(' | ')} |`;
      const rows = block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
    case 'chart':
      return `*${escapeMarkdown(block.caption ?? 'Chart')}: ${escapeMarkdown(block.description)}*`;
  }
}

export function renderOutlineMarkdown(outline: Outline): string {
  const parts: string[] = [];
  if (outline.draftMark) parts.push(`> **${escapeMarkdown(outline.draftMark)}**`);
  for (const block of outline.blocks) parts.push(blockText(block));
  parts.push(`---\n\n*${escapeMarkdown(outline.footer)}*`);
  return `${parts.join('\n\n')}\n`;
}

export function renderMarkdown(input: PlanExportInput): string {
  return renderOutlineMarkdown(planOutline(input));
}

export function renderMeetingMarkdown(input: MeetingExportInput): string {
  return renderOutlineMarkdown(meetingOutline(input));
}
