import type { Font, Glyph, GlyphRun } from 'fontkit';

/**
 * Shaped text kept between exports. pdfkit asks the font to lay out every word it measures or
 * draws, and fontkit's OpenType shaping (substitutions, kerning, mark positioning) was most of
 * a warm export's time; pdfkit keeps what it shaped only for one document, and not at all when
 * features are passed. A face here shapes each distinct word once per worker, with the face's
 * own features, and hands pdfkit a fresh copy each time, since pdfkit scales the positions it
 * is given in place. The result is the shaper's own, so kerning, ligatures and diacritics stay
 * exactly as fontkit places them.
 */

/** Words kept per face; a worker that exceeds it starts the face's store afresh. */
const maxEntries = 20_000;

interface Shaped {
  readonly glyphs: Glyph[];
  /** xAdvance, yAdvance, xOffset, yOffset for each glyph, in font units. */
  readonly positions: Float64Array;
}

/** What pdfkit reads of a laid-out run: its glyphs, their positions, and the total advance. */
class CopiedRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/**
 * A ligature of right-to-left letters (Arabic lam-alef) names its letters in reading order, but
 * PDF text readers reverse a right-to-left word character by character after mapping glyphs to
 * text, which turned "لا" into "ال". Its letters are listed backwards so the reversal restores them.
 */
function readableLigatures(glyphs: Glyph[]): Glyph[] {
  return glyphs.map((glyph) => (glyph.codePoints.length > 1 ? { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints].reverse() } : glyph));
}

function shapedOf(run: GlyphRun, rightToLeft: boolean): Shaped {
  const positions = new Float64Array(run.positions.length * 4);
  run.positions.forEach((position, index) => positions.set([position.xAdvance, position.yAdvance, position.xOffset, position.yOffset], index * 4));
  return { glyphs: rightToLeft ? readableLigatures(run.glyphs) : run.glyphs, positions };
}

function copyOf(shaped: Shaped): CopiedRun {
  const { positions } = shaped;
  const copied = new Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>(shaped.glyphs.length);
  for (let index = 0; index < copied.length; index += 1) {
    const at = index * 4;
    copied[index] = { xAdvance: positions[at]!, yAdvance: positions[at + 1]!, xOffset: positions[at + 2]!, yOffset: positions[at + 3]! };
  }
  return new CopiedRun(shaped.glyphs, copied);
}

/**
 * Makes `font.layout` remember what it shaped, always with `features` (pdfkit then needs no
 * features of its own and uses its word-by-word path). Called once per face per worker.
 */
export function rememberLayouts(font: Font, features: Record<string, boolean> | undefined, rightToLeft: boolean): void {
  const shape = font.layout.bind(font);
  let store = new Map<string, Shaped>();
  font.layout = (text: string): GlyphRun => {
    let shaped = store.get(text);
    if (!shaped) {
      if (store.size >= maxEntries) store = new Map();
      shaped = shapedOf(shape(text, features), rightToLeft);
      store.set(text, shaped);
    }
    return copyOf(shaped) as unknown as GlyphRun;
  };
}
