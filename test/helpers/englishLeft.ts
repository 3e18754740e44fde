import type { Page } from 'playwright-core';
import { catalogKeys } from '../../shared/i18n/catalogs';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';

function valueAt(catalog: object, key: string): string {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string;
}

/**
 * The English phrases of the catalog that would give an untranslated screen away: each message
 * cut at its {{values}} and markup, keeping the pieces of two words or more that Spanish does
 * not share (a brand, "Agenda" or "Email" reads the same in both and proves nothing).
 */
export function englishPhrases(): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const key of catalogKeys(en)) {
    const spanish = valueAt(es, key);
    for (const piece of valueAt(en, key).split(/\{\{\w+\}\}|<\/?\w+>/)) {
      const phrase = piece.trim().replace(/^[\s,.:;·—()“”]+|[\s,.:;·—()“”]+$/g, '');
      if (phrase.split(/\s+/).length < 2 || spanish.includes(phrase)) continue;
      phrases.set(phrase, key);
    }
  }
  return phrases;
}

/**
 * Visible English phrases on the page, with the catalog key each comes from. The team's own
 * words (the plan's text, titles) stay as written in any language, so a phrase they contain
 * proves nothing about the interface.
 */
export async function englishLeftOn(page: Page, phrases: Map<string, string>, teamWords: string): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...phrases].filter(([phrase]) => standsAlone(text, phrase) && !teamWords.includes(phrase)).map(([phrase, key]) => `${key}: “${phrase}”`);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase as whole words: "as version" is not English inside "las versiones". */
function standsAlone(text: string, phrase: string): boolean {
  return text.includes(phrase) && new RegExp(`(?<![\\p{L}\\p{N}])${escaped(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
