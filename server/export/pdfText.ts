/**
 * The PDF uses the built-in Helvetica, which only knows the WinAnsi character set: anything
 * else would print as a wrong glyph or nothing. Each character outside it becomes a close
 * equivalent (é stays, ≥ becomes ">=", ŝ becomes "s") or, failing that, '?', so a name or a
 * note in another script is visibly replaced rather than silently dropped.
 */

// Characters WinAnsi holds in 0x80–0x9F beyond Latin-1 (pdfkit's WIN_ANSI_MAP).
const winAnsiExtras = new Set(
  [0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a]
    .concat([0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122]),
);

function isWinAnsi(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(code);
}

const equivalents: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u25CF': '•',
  '\u25E6': '•',
  '\u2023': '•',
  '\u2043': '-',
  '\u2248': '~',
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\uFE0F': '',
};

function equivalent(char: string): string {
  const known = equivalents[char];
  if (known !== undefined) return known;
  // Other spaces (thin, narrow no-break, ideographic...) read as a space.
  if (/\s/u.test(char)) return ' ';
  // Accented letters outside Latin-1: drop the accent ("ő" → "o").
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (base !== '' && [...base].every((part) => isWinAnsi(part.codePointAt(0) ?? 0))) return base;
  // A combining mark left over from a letter already replaced adds nothing.
  return /\p{M}/u.test(char) ? '' : '?';
}

/** The text as Helvetica can draw it; newlines are kept for the layout to handle. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    out += char === '\n' || isWinAnsi(code) ? char : equivalent(char);
  }
  return out;
}
