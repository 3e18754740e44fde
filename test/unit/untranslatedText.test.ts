import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * catalog (none today). The test fails when a file not named here shows a literal word, and
 * when a file named here no longer needs to be, so the list only ever shrinks.
 */
const notYetTranslated = new Set<string>([]);

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

describe('the check for words outside the catalog', () => {
  it('finds typed words in text, literal children and spoken attributes, and leaves catalog lookups alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'untranslated-'));
    try {
      mkdirSync(join(dir, 'client'));
      writeFileSync(
        join(dir, 'client', 'Sample.tsx'),
        [
          'export function Sample({ t, done }: { t: (key: string) => string; done: boolean }) {',
          '  return (',
          '    <section aria-label="Goals">',
          '      <h2>{t(\'plan.title\')}</h2>',
          '      <p>Nothing yet</p>',
          '      <p>{done ? \'Done\' : t(\'plan.open\')}</p>',
          '      <input placeholder={`e.g. ${3} minutes`} title={t(\'plan.hint\')} />',
          '      <span>· 3 ×</span>',
          '    </section>',
          '  );',
          '}',
        ].join('\n'),
      );
      const found = findUntranslatedText(dir, join(dir, 'client')).map((hit) => `${hit.line} ${hit.text}`);
      expect(found).toEqual(['3 aria-label="Goals"', '5 Nothing yet', '6 Done', '7 placeholder="e.g. | minutes"']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
