import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { rememberLayouts } from './layoutCache';

/**
 * The fonts the PDF embeds: Noto (SIL Open Font License), shipped as npm packages and never
 * fetched at run time. Latin with Vietnamese, Arabic, Hebrew and simplified Chinese; pdfkit
 * embeds only the glyphs used (a subset), so a plan in English stays small. The files are read
 * and parsed once per process (once per export worker), not per export.
 */

export type Script = 'latin' | 'arabic' | 'hebrew' | 'cjk';
export type Weight = 'regular' | 'bold' | 'italic';

const require = createRequire(import.meta.url);

function fontFile(pkg: string, file: string): string {
  // Each package's entry is dist/index.*; the font files sit beside dist/.
  return path.resolve(path.dirname(require.resolve(pkg)), '..', 'fonts', file);
}

const files: Record<Script, Partial<Record<Weight, string>> & { regular: string }> = {
  latin: {
    regular: fontFile('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
    bold: fontFile('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
    italic: fontFile('@embedpdf/fonts-latin', 'NotoSans-Italic.ttf'),
  },
  arabic: {
    regular: fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
    bold: fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
  },
  hebrew: {
    regular: fontFile('@embedpdf/fonts-hebrew', 'NotoSansHebrew-Regular.ttf'),
    bold: fontFile('@embedpdf/fonts-hebrew', 'NotoSansHebrew-Bold.ttf'),
  },
  // One weight: CJK fonts are 8 MB each, and bold CJK reads well enough in the regular face.
  cjk: { regular: fontFile('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf') },
};

/** In the order a character is tried: the first font holding its glyph draws it. */
export const scripts: readonly Script[] = ['latin', 'arabic', 'hebrew', 'cjk'];

/** BCP 47 language of text drawn in each script's font, for the tagged PDF. */
export const scriptLanguages: Record<Script, string | null> = { latin: null, arabic: 'ar', hebrew: 'he', cjk: 'zh-Hans' };

/**
 * Latin text keeps precomposed letters ("ị", not "i" plus a combining dot): fontkit's default
 * ccmp feature would decompose them, and a PDF text reader would then lose the accent.
 */
const shapingFeatures: Record<Script, Record<string, boolean> | undefined> = { latin: { ccmp: false }, arabic: undefined, hebrew: undefined, cjk: undefined };

interface LoadedFace {
  readonly name: string;
  readonly bytes: Buffer;
  readonly font: Font;
}

let loaded: Map<string, LoadedFace> | null = null;

function faces(): Map<string, LoadedFace> {
  if (loaded) return loaded;
  const map = new Map<string, LoadedFace>();
  for (const script of scripts) {
    for (const [weight, file] of Object.entries(files[script])) {
      const bytes = fs.readFileSync(file);
      const name = `${script}-${weight}`;
      const font = create(bytes);
      rememberLayouts(font, shapingFeatures[script], script === 'arabic' || script === 'hebrew');
      map.set(name, { name, bytes, font });
    }
  }
  loaded = map;
  return map;
}

/** Reads and parses every face now, so the first export does not pay for it. */
export function warmFonts(): void {
  faces();
}

/** The registered name of a script's face in a weight (falling back to its regular face). */
export function faceName(script: Script, weight: Weight): string {
  return files[script][weight] ? `${script}-${weight}` : `${script}-regular`;
}

/** Whether a script's fonts draw this character. */
export function covers(script: Script, codePoint: number): boolean {
  // Asked for every character of every string drawn: the answer for each character of the
  // Basic Multilingual Plane is kept (0 not asked yet, 1 yes, 2 no).
  const known = coverage[script];
  if (codePoint < known.length) {
    const answer = known[codePoint];
    if (answer) return answer === 1;
  }
  const has = faces().get(`${script}-regular`)!.font.hasGlyphForCodePoint(codePoint);
  if (codePoint < known.length) known[codePoint] = has ? 1 : 2;
  return has;
}

const coverage: Record<Script, Uint8Array> = { latin: new Uint8Array(0x10000), arabic: new Uint8Array(0x10000), hebrew: new Uint8Array(0x10000), cjk: new Uint8Array(0x10000) };

/** How far a face's glyphs rise above the baseline, in thousandths of the font size (as pdfkit counts). */
export function ascenderOf(name: string): number {
  const { font } = faces().get(name)!;
  return (font.ascent * 1000) / font.unitsPerEm;
}

/** Makes every face available to one document under its name. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  // The parsed font itself, not its bytes: pdfkit would otherwise parse every face again for
  // each export (most of a warm export's time). Each document still makes its own subset.
  for (const face of faces().values()) doc.registerFont(face.name, face.font as unknown as Buffer);
}
