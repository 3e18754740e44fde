import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';

// pdfkit writes text with the built-in Helvetica as hex strings of WinAnsi codes inside TJ
// arrays, split wherever kerning applies. pdf-lib parses the file but does not extract text,
// so the test decodes each page's content streams itself and reads those strings back. Each
// BT…ET text object is one line (or one styled run); wrapped lines are separate objects, so
// searches compare text with all whitespace removed.
const winAnsiHigh: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let text = '';
  for (let index = 0; index + 1 < hex.length; index += 2) {
    const code = Number.parseInt(hex.slice(index, index + 2), 16);
    text += winAnsiHigh[code] ?? String.fromCharCode(code);
  }
  return text;
}

function pageLines(pdf: PDFDocument): string[][] {
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    let operators = '';
    for (const stream of streams) {
      if (stream instanceof PDFRawStream) operators += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    }
    const lines: string[] = [];
    for (const [, body = ''] of operators.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      lines.push([...body.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex = '']) => decodeHex(hex)).join(''));
    }
    return lines;
  });
}

export const squash = (text: string): string => text.replace(/\s+/g, '');

export async function pdfText(bytes: Uint8Array): Promise<{ pdf: PDFDocument; pages: string[][]; all: string }> {
  // updateMetadata: false, or pdf-lib would stamp its own producer and modification date on load.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pageLines(pdf);
  return { pdf, pages, all: squash(pages.flat().join('')) };
}

export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing from the DOCX`);
  return file.async('string');
}
