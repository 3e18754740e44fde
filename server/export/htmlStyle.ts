/**
 * The stylesheet of the HTML export: calm and legible on screen (17px base, generous spacing),
 * and print-ready (A4 or Letter, whichever the printer uses; major sections on a new page;
 * tables that keep rows whole). Inline because the file must stand alone: the strict CSP in
 * the page forbids loading anything.
 */

/** A CSS string literal that cannot end the string or the <style> element, whatever it holds. */
export function cssString(value: string): string {
  let out = '';
  // Every character but letters, digits and spaces becomes a hex escape; the space after each
  // escape ends it (and is not shown), so a real space that follows is kept.
  for (const char of value) {
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0x3f).toString(16).padStart(6, '0')} `;
  }
  return `"${out}"`;
}

export function htmlStyle(footer: string, draftMark: string | null): string {
  const top = draftMark ? `@top-center { content: ${cssString(draftMark)}; color: #b42318; font: 700 10pt/1 var(--font); }` : '';
  return `
:root { --font: "Helvetica Neue", Helvetica, Arial, sans-serif; --ink: #1b1f24; --muted: #535c68; --accent: #1d4e89;
  --line: #c5cdd8; --soft: #eef2f7; --alert: #b42318; --alert-soft: #fdecea; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; font: 17px/1.6 var(--font); }
body { margin: 0 auto; max-width: 52rem; padding: 2.5rem 1.5rem 4rem; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2rem; margin: 0 0 0.4rem; color: var(--accent); }
h2 { font-size: 1.5rem; margin: 2.6rem 0 0.5rem; padding-top: 0.9rem; border-top: 3px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.2rem; margin: 1.9rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.3rem 0 0.4rem; }
p { margin: 0 0 0.8rem; }
p.intro { color: var(--muted); margin-bottom: 1.1rem; break-after: avoid; page-break-after: avoid; }
.muted { color: var(--muted); }
ul, ol { margin: 0 0 1rem; padding-left: 1.6rem; }
li { margin: 0.25rem 0; }
.notice { border-left: 6px solid var(--alert); background: var(--alert-soft); padding: 0.8rem 1rem; margin: 1rem 0 1.4rem;
  break-inside: avoid; }
dl.fields { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 0.45rem 1.2rem; margin: 0.6rem 0 1.2rem; }
dl.fields dt { font-weight: 700; color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.6rem 0 1.4rem; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word;
  hyphens: auto; }
th { background: var(--soft); font-weight: 700; }
tr { break-inside: avoid; page-break-inside: avoid; }
.draft-banner { border: 2px solid var(--alert); color: var(--alert); font-weight: 700; text-align: center; padding: 0.4rem;
  margin-bottom: 1.5rem; letter-spacing: 0.05em; }
.draft-mark { position: fixed; top: 45%; left: 50%; transform: translate(-50%, -50%) rotate(-35deg); font-size: 8rem;
  font-weight: 800; color: rgba(180, 35, 24, 0.1); letter-spacing: 0.1em; pointer-events: none; white-space: nowrap; z-index: 10; }
footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
@page { margin: 18mm 16mm 20mm;
  ${top}
  @bottom-left { content: ${cssString(footer)}; color: #535c68; font: 8pt/1.2 var(--font); }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); color: #535c68; font: 8pt/1 var(--font); } }
@media screen and (max-width: 40rem) {
  body { padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; }
  dl.fields { grid-template-columns: 1fr; gap: 0; }
  dl.fields dt { margin-top: 0.7rem; }
  figure { margin: 0.8rem 0 1.2rem; }
  /* A table of five or seven columns cannot be read at this width: each row becomes a card
     whose cells are named by their column. */
  table, tbody, tr, td { display: block; width: 100%; }
  colgroup, thead { display: none; }
  tr { border: 1px solid var(--line); border-bottom: none; margin-bottom: 0.9rem; }
  td { border: none; border-bottom: 1px solid var(--line); }
  td::before { content: attr(data-label); display: block; font-size: 0.85rem; font-weight: 700; color: var(--muted); }
  p, dd { overflow-wrap: anywhere; }
}
@media print {
  html { font-size: 11.5pt; }
  body { max-width: none; padding: 0; }
  h2.new-page { break-before: page; page-break-before: always; border-top: none; padding-top: 0; margin-top: 0; }
  .draft-mark { font-size: 96pt; }
  footer { display: none; }
  table { font-size: 0.88rem; }
  th, td { padding: 0.35rem 0.45rem; }
}
`;
}
