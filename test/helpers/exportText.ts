import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';

/**
 * PDF text as a reader gets it: Poppler's pdftotext (Debian package poppler-utils), which maps
 * embedded glyphs back to characters and puts right-to-left text in reading order. Pages are
 * split at form feeds; searches compare text with all whitespace removed.
 */
export function pdfToText(bytes: Uint8Array, args: readonly string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo`'s fields ("Tagged", "Pages"...). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * `layout` is pdftotext's default: it rebuilds columns from where text sits, so the second line
 * of a wrapped table cell can land after the next column's words. `content` (pdftotext -raw)
 * keeps the order the text is written in, which in our PDFs is the tagged order a screen
 * reader follows: each table cell whole, left to right, row by row.
 */
export async function pdfText(bytes: Uint8Array, order: 'layout' | 'content' = 'layout'): Promise<{ pdf: PDFDocument; pages: string[][]; all: string }> {
  // updateMetadata: false, or pdf-lib would stamp its own producer and modification date on load.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const text = pdfToText(bytes, order === 'content' ? ['-raw'] : []);
  const pages = text
    .split('\f')
    .slice(0, pdf.getPageCount())
    .map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
  return { pdf, pages, all: squash(pages.flat().join('')) };
}

export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing from the DOCX`);
  return file.async('string');
}
