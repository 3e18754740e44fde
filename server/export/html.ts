import { chartSvg } from './chartSvg';
import { scriptChunks } from './scriptChunks';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { htmlStyle } from './htmlStyle';
import { escapeMarkup } from './markup';
import { meetingOutline } from './meetingOutline';
import type { Block, Cell, ListBlock, Outline, Runs } from './outline';
import { planOutline } from './planOutline';

/**
 * One self-contained, print-ready HTML file. No script, no external resource, and a CSP that
 * forbids both, so even a mistake in escaping could not run anything; and every piece of text
 * is escaped anyway, so `<script>` typed by a member shows up as those characters.
 */

const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

const escapeHtml = escapeMarkup;

function inline(runs: Runs): string {
  return runs
    .map((run) => {
      let html = scriptChunks(run.text)
        .map((chunk) => {
          const escaped = escapeHtml(chunk.text).replace(/\n/g, '<br>');
          return chunk.lang ? `<span lang="${chunk.lang}"${chunk.rtl ? ' dir="rtl"' : ''}>${escaped}</span>` : escaped;
        })
        .join('');
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.muted) html = `<span class="muted">${html}</span>`;
      return html;
    })
    .join('');
}

function list(block: ListBlock): string {
  const tag = block.ordered ? 'ol' : 'ul';
  const items = block.items.map((item) => `<li dir="auto">${inline(item.runs)}${(item.children ?? []).map(list).join('')}</li>`);
  return `<${tag}>${items.join('')}</${tag}>`;
}

/** A body cell; it carries its column's name, which a phone shows beside it (see htmlStyle). */
function cell(value: Cell, column: string): string {
  return `<td dir="auto" data-label="${escapeHtml(column)}">${value.map(inline).join('<br>')}</td>`;
}

function block(value: Block): string {
  switch (value.kind) {
    case 'heading': {
      const classes = value.newPage ? ' class="new-page"' : '';
      const id = value.section ? ` id="${escapeHtml(value.section)}"` : '';
      return `<h${value.level}${id}${classes} dir="auto">${escapeHtml(value.text)}</h${value.level}>`;
    }
    case 'paragraph':
      return value.style === 'intro' ? `<p class="intro">${inline(value.runs)}</p>` : `<p dir="auto">${inline(value.runs)}</p>`;
    case 'notice':
      return `<div class="notice" role="note">${inline(value.runs)}</div>`;
    case 'chart':
      return chartSvg(value);
    case 'list':
      return list(value);
    case 'fields':
      return `<dl class="fields">${value.rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd dir="auto">${inline(row.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const cols = value.columns.map((column) => `<col style="width:${(column.width * 100).toFixed(1)}%">`).join('');
      const head = value.columns.map((column) => `<th scope="col">${escapeHtml(column.label)}</th>`).join('');
      const rows = value.rows.map((row) => `<tr>${row.map((entry, index) => cell(entry, value.columns[index]?.label ?? '')).join('')}</tr>`).join('\n');
      return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
  }
}

export function renderOutlineHtml(outline: Outline): string {
  const { draftMark, properties } = outline;
  const draft = draftMark
    ? `<div class="draft-banner" role="note">${escapeHtml(draftMark)}</div>\n<div class="draft-mark" aria-hidden="true">DRAFT</div>\n`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(properties.language ?? 'en-US')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(properties.subject)}">
<title>${escapeHtml(draftMark ? `${properties.title} (${draftMark})` : properties.title)}</title>
<style>${htmlStyle(outline.footer, draftMark)}</style>
</head>
<body>
${draft}<main>
${outline.blocks.map(block).join('\n')}
</main>
<footer>${escapeHtml(outline.footer)}</footer>
</body>
</html>
`;
}

export function renderHtml(input: PlanExportInput): string {
  return renderOutlineHtml(planOutline(input));
}

export function renderMeetingHtml(input: MeetingExportInput): string {
  return renderOutlineHtml(meetingOutline(input));
}
