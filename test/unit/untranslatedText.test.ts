import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUntranslatedText } from './untranslatedText';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Words that stay the same in every language, so they may be typed in a component. Keep it short:
 * anything a reader must understand belongs in the catalog.
 */
const sameInEveryLanguage = new Set([
  // The product's name, a brand.
  'Bridgeplan',
]);

/**
 * Screens still written in English only, listed file by file until their words move to the
 * catalog. The test fails when a file not named here shows a literal word, and when a file named
 * here no longer needs to be (so the list only ever shrinks).
 */
const notYetTranslated = new Set([
]);

describe('every word a person sees comes from the message catalog', () => {
  const found = findUntranslatedText(root, `${root}client`).filter((hit) => !sameInEveryLanguage.has(hit.text));

  it('no component outside the list types its own words', () => {
    const stray = found.filter((hit) => !notYetTranslated.has(hit.file)).map((hit) => `${hit.file}:${hit.line} ${hit.text}`);
    expect(stray).toEqual([]);
  });

  it('the list names only files that still need it', () => {
    const stillEnglish = new Set(found.map((hit) => hit.file));
    expect([...notYetTranslated].filter((file) => !stillEnglish.has(file))).toEqual([]);
  });
});
