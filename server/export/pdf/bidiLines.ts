import { faceName, scriptLanguages, type Script, type Weight } from './pdfFonts';
import { arrangeRtl, cleanText, embeddingLevels, isRightToLeft, reversedNeutrals, scriptPieces, visualOrder, type MissingGlyphs, type Segment } from './pdfText';

/**
 * Wrapping for text that holds right-to-left words. pdfkit wraps left to right in the order it
 * is given, so a paragraph reordered for display as a whole came out with its last line first.
 * Here lines are broken in reading order (the order the words were written), and only then is
 * each line put into visual order (Unicode bidi rule L2, on that line alone), with the
 * paragraph's direction deciding which side the lines start from.
 */

export interface StyledText {
  readonly text: string;
  readonly weight: Weight;
  /** Fill colour; absent leaves the document's current one. */
  readonly color?: string;
}

/** One piece of a line, placed left to right. */
export interface PlacedText extends Segment {
  readonly color?: string;
  readonly width: number;
  /** Only spaces: it takes room but draws nothing. */
  readonly blank: boolean;
}

export interface VisualLine {
  readonly items: readonly PlacedText[];
  readonly width: number;
}

export interface BidiParagraph {
  /** Right-to-left paragraphs start each line at the right edge. */
  readonly rtl: boolean;
  readonly lines: readonly VisualLine[];
}

/** Width of text in a registered face at the size being drawn. */
export type WidthOf = (text: string, font: string) => number;

/** A stretch of one font and one style that a line may end after when `breakAfter`. */
interface Atom {
  readonly text: string;
  readonly script: Script;
  readonly style: StyledText;
  /** Offset of its first character in the paragraph; its embedding level is read there. */
  readonly start: number;
  readonly breakAfter: boolean;
}

const trailingSpace = /\s+$/u;

function atomsOf(paragraph: string, styleAt: readonly StyledText[], levels: Uint8Array, missing: MissingGlyphs): Atom[] {
  const atoms: Atom[] = [];
  for (const piece of scriptPieces(paragraph, missing)) {
    const source = paragraph.slice(piece.start, piece.start + piece.text.length);
    // A "[U+…]" stand-in for a missing character is one atom of its own.
    if (source !== piece.text) {
      atoms.push({ text: piece.text, script: piece.script, style: styleAt[piece.start]!, start: piece.start, breakAfter: false });
      continue;
    }
    let begin = 0;
    for (let index = 1; index <= source.length; index += 1) {
      const at = piece.start + index;
      // A space after digits in a right-to-left line may sit on another level than the digits.
      const styleChanges = index < source.length && (styleAt[at] !== styleAt[at - 1] || levels[at] !== levels[at - 1]);
      const wordEnds = index < source.length && /\s/u.test(source[index - 1]!) && !/\s/u.test(source[index]!);
      if (index === source.length || styleChanges || wordEnds) {
        const text = source.slice(begin, index);
        atoms.push({ text, script: piece.script, style: styleAt[piece.start + begin]!, start: piece.start + begin, breakAfter: trailingSpace.test(text) });
        begin = index;
      }
    }
  }
  return atoms;
}

/** Splits atoms into single characters, for a word wider than the whole line. */
function characters(atoms: readonly Atom[]): Atom[] {
  return atoms.flatMap((atom) => {
    let offset = atom.start;
    return [...atom.text].map((char) => {
      const single = { ...atom, text: char, start: offset, breakAfter: false };
      offset += char.length;
      return single;
    });
  });
}

class LineBreaker {
  readonly lines: Atom[][] = [];
  private line: Atom[] = [];
  private lineWidth = 0;

  constructor(
    private readonly width: number,
    private readonly measure: (atom: Atom) => number,
  ) {}

  /** Adds one word (atoms up to a break); a word that fits no line is broken between characters. */
  addWord(word: readonly Atom[]): void {
    const full = word.reduce((sum, atom) => sum + this.measure(atom), 0);
    const last = word[word.length - 1]!;
    const fits = (used: number) => used + full - this.measure(last) + this.measure({ ...last, text: last.text.replace(trailingSpace, '') }) <= this.width;
    if (this.line.length > 0 && !fits(this.lineWidth)) this.endLine();
    if (this.line.length === 0 && !fits(0) && word.some((atom) => [...atom.text].length > 1)) {
      for (const char of characters(word)) this.addWord([char]);
      return;
    }
    this.line.push(...word);
    this.lineWidth += full;
  }

  endLine(): void {
    this.lines.push(this.line);
    this.line = [];
    this.lineWidth = 0;
  }

  finish(): Atom[][] {
    if (this.line.length > 0 || this.lines.length === 0) this.endLine();
    return this.lines;
  }
}

function placeLine(atoms: readonly Atom[], levels: Uint8Array, widthOf: WidthOf): VisualLine {
  // Spaces that end a line are not drawn (rule L1 gives them the paragraph's side anyway).
  const trimmed = [...atoms];
  while (trimmed.length > 0) {
    const last = trimmed[trimmed.length - 1]!;
    const text = last.text.replace(trailingSpace, '');
    if (text !== '') {
      trimmed[trimmed.length - 1] = { ...last, text };
      break;
    }
    trimmed.pop();
  }
  const leveled = trimmed.map((atom) => ({ atom, level: levels[atom.start] ?? 0 }));
  const items = visualOrder(leveled).map(({ atom, level }): PlacedText => {
    const font = faceName(atom.script, atom.style.weight);
    // An odd level outside a right-to-left face holds only neutrals (", ", "(").
    const text = isRightToLeft(atom.script) ? arrangeRtl(atom, levels) : level % 2 === 1 ? reversedNeutrals(atom.text) : atom.text;
    return { text, font, lang: scriptLanguages[atom.script], color: atom.style.color, width: widthOf(text, font), blank: text.trim() === '' };
  });
  return { items, width: items.reduce((sum, item) => sum + item.width, 0) };
}

/** The styled texts broken into lines no wider than `width`, each line in visual order. */
export function bidiLines(parts: readonly StyledText[], width: number, widthOf: WidthOf, missing: MissingGlyphs): BidiParagraph[] {
  let text = '';
  const styleAt: StyledText[] = [];
  for (const part of parts) {
    const cleaned = cleanText(part.text);
    text += cleaned;
    for (let index = 0; index < cleaned.length; index += 1) styleAt.push(part);
  }
  const paragraphs: BidiParagraph[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    const styles = styleAt.slice(start, start + paragraph.length);
    start += paragraph.length + 1;
    const { levels, rtl } = embeddingLevels(paragraph);
    const measure = (atom: Atom) => widthOf(atom.text, faceName(atom.script, atom.style.weight));
    const breaker = new LineBreaker(width, measure);
    let word: Atom[] = [];
    for (const atom of atomsOf(paragraph, styles, levels, missing)) {
      word.push(atom);
      if (atom.breakAfter) {
        breaker.addWord(word);
        word = [];
      }
    }
    if (word.length > 0) breaker.addWord(word);
    paragraphs.push({ rtl, lines: breaker.finish().map((line) => placeLine(line, levels, widthOf)) });
  }
  return paragraphs;
}
