/**
 * Pieces of one string by writing system, so each format can mark language and direction:
 * DOCX sets w:lang and right-to-left runs, HTML sets lang (and dir="auto" on user text).
 */

export interface ScriptChunk {
  readonly text: string;
  /** BCP 47 tag for text in a script other than Latin; null for Latin and neutral text. */
  readonly lang: 'ar' | 'he' | 'zh' | null;
  readonly rtl: boolean;
}

const hebrew = '\\u0590-\\u05FF\\uFB1D-\\uFB4F';
const arabic = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const cjk = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\uFF00-\\uFFEF';
// A run of one script, with the spaces and digits between its words.
const chunkPattern = new RegExp(`([${hebrew}]+(?:[\\s\\d]+[${hebrew}]+)*)|([${arabic}]+(?:[\\s\\d]+[${arabic}]+)*)|([${cjk}]+)`, 'gu');

export function scriptChunks(text: string): ScriptChunk[] {
  const chunks: ScriptChunk[] = [];
  let last = 0;
  for (const match of text.matchAll(chunkPattern)) {
    const start = match.index ?? 0;
    if (start > last) chunks.push({ text: text.slice(last, start), lang: null, rtl: false });
    const lang = match[1] ? 'he' : match[2] ? 'ar' : 'zh';
    chunks.push({ text: match[0], lang, rtl: lang !== 'zh' });
    last = start + match[0].length;
  }
  if (last < text.length) chunks.push({ text: text.slice(last), lang: null, rtl: false });
  return chunks;
}

/** DOCX language tags for each chunk language. */
export const docxLanguages = { ar: 'ar-SA', he: 'he-IL', zh: 'zh-CN' } as const;
