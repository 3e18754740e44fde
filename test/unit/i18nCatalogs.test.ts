import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogKeys, catalogs } from '../../shared/i18n/catalogs';
import { en } from '../../shared/i18n/en';
import { formatDate, formatDateTime, formatNumber } from '../../shared/i18n/format';
import { languages, pickLanguage } from '../../shared/i18n/languages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

function valueAt(catalog: object, key: string): string {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string;
}

describe('message catalogs', () => {
  const englishKeys = catalogKeys(en).sort();

  it.each(languages)('%s has exactly the English keys, none empty', (language) => {
    const keys = catalogKeys(catalogs[language]).sort();
    expect(keys).toEqual(englishKeys);
    for (const key of keys) expect(valueAt(catalogs[language], key).trim(), key).not.toBe('');
  });

  it.each(languages)('%s fills the same {{values}} and markup as English in every message', (language) => {
    for (const key of englishKeys) {
      expect(placeholders(valueAt(catalogs[language], key)), key).toEqual(placeholders(valueAt(en, key)));
    }
  });

  it('chooses plural forms by each language’s rules', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { en: { translation: catalogs.en }, es: { translation: catalogs.es } }, lng: 'en', initAsync: false });
    const count = (lng: string, n: number) => i18n.t('students.count', { lng, count: n });
    expect([count('en', 1), count('en', 2), count('en', 0)]).toEqual(['1 student', '2 students', '0 students']);
    expect([count('es', 1), count('es', 3), count('es', 1_000_000)]).toEqual(['1 estudiante', '3 estudiantes', '1000000 de estudiantes']);
  });

  it('opens in the browser’s first offered language, else English', () => {
    expect(pickLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(['vi-VN'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('dates and numbers through Intl', () => {
  // 00:30 UTC on 5 March is still the evening of 4 March in Chicago.
  const late = '2026-03-05T00:30:00Z';

  it('writes dates in each language on the workspace’s calendar', () => {
    expect(formatDate('en', 'America/Chicago', late)).toBe('March 4, 2026');
    expect(formatDate('es', 'America/Chicago', late)).toBe('4 de marzo de 2026');
    expect(formatDate('en', 'Europe/Madrid', late)).toBe('March 5, 2026');
    expect(formatDate('es', 'Europe/Madrid', late)).toBe('5 de marzo de 2026');
  });

  it('writes times with the zone, so a reader elsewhere is not misled', () => {
    const english = formatDateTime('en', 'America/Chicago', late);
    expect(english).toContain('March 4, 2026');
    expect(english).toMatch(/6:30\s?PM CST$/);
    const spanish = formatDateTime('es', 'America/Chicago', late);
    expect(spanish).toContain('4 de marzo de 2026');
    expect(spanish).toMatch(/6:30\s?p\.\s?m\. CST$/);
  });

  it('falls back to UTC for an unknown zone rather than failing', () => {
    expect(formatDate('es', 'Not/AZone', late)).toBe('5 de marzo de 2026');
  });

  it('groups digits per language', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('es', 1234.5)).toMatch(/^1[,.\s]?234[.,]5$/);
  });
});
