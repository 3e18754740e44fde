/** Page geometry, type sizes and colours of the PDF export (points; US Letter, as IEPs are US). */
export const page = {
  size: 'LETTER',
  width: 612,
  height: 792,
  margins: { top: 64, bottom: 72, left: 64, right: 64 },
} as const;

export const contentWidth = page.width - page.margins.left - page.margins.right;

/** The Latin faces (see pdf/pdfFonts.ts); other scripts fall back per character. */
export const fonts = {
  regular: 'latin-regular',
  bold: 'latin-bold',
  italic: 'latin-italic',
} as const;

export const colors = {
  ink: '#1b1f24',
  muted: '#535c68',
  accent: '#1d4e89',
  line: '#c5cdd8',
  soft: '#eef2f7',
  alert: '#b42318',
  alertSoft: '#fdecea',
} as const;

export const type = {
  body: 11,
  bodyGap: 3.5,
  table: 9.5,
  tableGap: 2,
  label: 10,
  headings: { 1: 24, 2: 17, 3: 13, 4: 11.5 },
  footer: 8,
} as const;
