import { en, type Catalog } from './en';
import { es } from './es';
import type { Language } from './languages';

export const catalogs: Readonly<Record<Language, Catalog>> = { en, es };

/** Every key of a catalog, dotted ("auth.signIn"), for completeness checks. */
export function catalogKeys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogKeys(value as object, `${prefix}${key}.`),
  );
}
