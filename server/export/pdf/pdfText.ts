import bidiFactory from 'bidi-js';
import { covers, faceName, scriptLanguages, scripts, type Script, type Weight } from './pdfFonts';

/**
 * Text as the PDF draws it: each character in the first font that has its glyph (Latin with
 * Vietnamese, Arabic, Hebrew, Chinese), right-to-left pieces arranged so pdfkit (which lays
 * words out left to right) shows them in the right order, and a character no font holds shown
 * as its code point and reported, never silently swapped for another.
 */

export interface Segment {
  readonly text: string;
  /** The registered font name (see pdfFonts). */
  readonly font: string;
  /** Language of the segment for the tagged PDF, when not the document's. */
  readonly lang: string | null;
}

/** Characters without a glyph anywhere, collected while one document is drawn. */
export type MissingGlyphs = Set<number>;

const bidi = bidiFactory();

// Format characters with no glyph of their own (joiners, variation selectors, soft hyphen...).
const invisible = /[\u00AD\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF]|\uDB40[\uDD00-\uDDEF]/gu;
// Characters any script's font may draw: spaces, digits, punctuation; they join their neighbours.
const neutral = /[\s\p{N}\p{P}\p{S}]/u;
const plainAscii = /^[\n\x20-\x7E]*$/;
const rightToLeftLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const rtlScripts = new Set<Script>(['arabic', 'hebrew']);

/** "U+1F600" */
export const codePointLabel = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

function scriptFor(codePoint: number, char: string, current: Script | null): Script | null {
  // Spaces between right-to-left words are drawn as Latin pieces of their own: pdfkit mislays a
  // space inside a reversed run (and the Hebrew face's space has no width once subset), and the
  // bidi ordering below then places every word and gap where it belongs.
  if (current && rtlScripts.has(current) && /\s/u.test(char)) return 'latin';
  if (current && neutral.test(char) && covers(current, codePoint)) return current;
  return scripts.find((script) => covers(script, codePoint)) ?? null;
}

export interface Piece {
  script: Script;
  text: string;
  /** Index of the piece's first character in the cleaned string (UTF-16). */
  start: number;
}

/**
 * Within a right-to-left piece, fontkit reverses all glyphs; runs that read left to right
 * (digits, Latin words) are pre-reversed so that reversal puts them back.
 */
export function arrangeRtl(piece: Piece, levels: Uint8Array): string {
  const chars = [...piece.text];
  const out: string[] = [];
  let index = piece.start;
  let ltrRun: string[] = [];
  for (const char of chars) {
    const level = levels[index] ?? 1;
    if (level % 2 === 0) ltrRun.push(char);
    else {
      out.push(...ltrRun.reverse(), char);
      ltrRun = [];
    }
    index += char.length;
  }
  out.push(...ltrRun.reverse());
  return out.join('');
}

/** Text as drawn: composed (NFC), without format characters that have no glyph. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(invisible, '');
}

/** Whether the text holds right-to-left letters (Hebrew, Arabic). */
export function hasRightToLeft(text: string): boolean {
  return rightToLeftLetter.test(text);
}

export function isRightToLeft(script: Script): boolean {
  return rtlScripts.has(script);
}

/**
 * Spaces and punctuation drawn in a left-to-right face on a right-to-left level: their order is
 * reversed and paired characters mirrored ("(" becomes ")"), as fontkit does for the glyphs of
 * right-to-left faces.
 */
export function reversedNeutrals(text: string): string {
  return [...text]
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join('');
}

/** Embedding levels of every UTF-16 unit of `text` (one paragraph) by the Unicode bidi algorithm. */
export function embeddingLevels(text: string): { levels: Uint8Array; rtl: boolean } {
  const embedding = bidi.getEmbeddingLevels(text, 'auto');
  return { levels: embedding.levels, rtl: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/**
 * Cleaned text in pieces of one font each, in reading order; characters no font holds become
 * "[U+…]" pieces and are added to `missing`.
 */
export function scriptPieces(text: string, missing: MissingGlyphs): Piece[] {
  const pieces: Piece[] = [];
  let current: Script | null = null;
  let offset = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const script: Script | null = char === '\n' ? (current ?? 'latin') : scriptFor(codePoint, char, current);
    if (script === null) {
      missing.add(codePoint);
      pieces.push({ script: 'latin', text: `[${codePointLabel(codePoint)}]`, start: offset });
      current = null;
    } else {
      const last = pieces[pieces.length - 1];
      if (last && last.script === script && current === script) last.text += char;
      else pieces.push({ script, text: char, start: offset });
      current = script;
    }
    offset += char.length;
  }
  return pieces;
}

/** The segments to draw for `text` in a weight; characters no font holds are added to `missing`. */
export function segmentText(raw: string, weight: Weight, missing: MissingGlyphs): Segment[] {
  // Most of a plan is plain ASCII: one Latin segment, nothing to look up or reorder.
  if (plainAscii.test(raw)) return raw === '' ? [] : [{ text: raw, font: faceName('latin', weight), lang: scriptLanguages.latin }];
  const text = cleanText(raw);
  if (text === '') return [];
  const pieces = scriptPieces(text, missing);
  const hasRtl = pieces.some((piece) => rtlScripts.has(piece.script));
  if (!hasRtl) return pieces.map((piece) => segmentOf(piece, piece.text, weight));
  const embedding = bidi.getEmbeddingLevels(text, 'auto');
  const segments = pieces.map((piece) => ({
    segment: segmentOf(piece, rtlScripts.has(piece.script) ? arrangeRtl(piece, embedding.levels) : piece.text, weight),
    level: embedding.levels[piece.start] ?? 0,
  }));
  // Several lines: pdfkit wraps them itself, so leave their pieces in reading order.
  if (text.includes('\n')) return segments.map(({ segment }) => segment);
  // pdfkit drops a space that opens a piece continuing a line after a right-to-left piece;
  // a no-break space keeps the gap.
  return visualOrder(segments).map(({ segment }, index) => (index > 0 && segment.text.startsWith(' ') ? { ...segment, text: `\u00A0${segment.text.slice(1)}` } : segment));
}

function segmentOf(piece: Piece, text: string, weight: Weight): Segment {
  return { text, font: faceName(piece.script, weight), lang: scriptLanguages[piece.script] };
}

/**
 * The Unicode bidirectional algorithm's last step (rule L2) on whole pieces of one line: from
 * the highest level down to the lowest odd one, reverse every run of pieces at that level or
 * above. Drawn left to right in this order, with fontkit reversing the glyphs inside each
 * right-to-left piece itself, the line reads as it should.
 */
export function visualOrder<T extends { readonly level: number }>(pieces: readonly T[]): T[] {
  const order = [...pieces];
  const highest = Math.max(...order.map((piece) => piece.level));
  const lowestOdd = Math.min(...order.map((piece) => piece.level).filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < order.length) {
      if ((order[index]?.level ?? 0) < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < order.length && (order[end]?.level ?? 0) >= level) end += 1;
      order.splice(index, end - index, ...order.slice(index, end).reverse());
      index = end;
    }
  }
  return order;
}

/**
 * A stand-in for measuring mixed text in the Latin face: a Chinese character is about an em
 * wide and may break a line on either side, like an em dash.
 */
export function measurable(text: string): string {
  return text.replace(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F][\uDC00-\uDFFF]/g, '—');
}
