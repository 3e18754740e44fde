import type { ParseKeys } from 'i18next';
import { i18n } from './i18n';

/**
 * A lookup table whose values are read from the catalog when used, so existing code that reads
 * `labels[value]` during render gets the reader's current language without changing shape.
 */
// The keys arrive as a union, which t()'s per-key overloads cannot take in one call; the
// record's own parameter type already restricts them to catalog keys.
const translate = i18n.t.bind(i18n) as (key: ParseKeys) => string;

/** One key chosen at run time (e.g. from an id the server sent), looked up in the current language. */
export const translateKey = i18n.t.bind(i18n) as unknown as (key: ParseKeys, options?: Record<string, unknown>) => string;

export function translatedRecord<K extends string>(keys: Readonly<Record<K, ParseKeys>>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) {
    const key: ParseKeys = keys[name];
    Object.defineProperty(record, name, { enumerable: true, get: () => translate(key) });
  }
  return record;
}
