import type { Role } from './roles';
import type { WordDiffPart } from './wordDiff';

/**
 * Translations of record: a member's or an interpreter's translation of one plan field into a
 * family's language, tied to the exact source text it translated. When the team changes the
 * field afterwards the translation is out of date, and the change is shown word by word, until
 * someone updates it (34 CFR 300.322(e), 300.503(c)).
 */

/**
 * Languages a field can be translated into: the home languages most common among English
 * learners in US schools, whether or not the interface speaks them yet.
 */
export const translationLanguages = ['es', 'vi', 'zh', 'ar', 'ht', 'so', 'ru', 'pt', 'ko', 'tl', 'fr'] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];

export function isTranslationLanguage(value: unknown): value is TranslationLanguage {
  return typeof value === 'string' && (translationLanguages as readonly string[]).includes(value);
}

/** A translation may be longer than its source (Spanish runs about a quarter longer). */
export const maxTranslationLength = 40_000;

/** A field's path from the plan's root, as history and suggestions name it: ['goals', '<id>', 'baseline']. */
export type FieldPath = readonly string[];

/** Roots of the plan whose text can be translated; the plan's metadata and links cannot. */
const untranslatableRoots = new Set(['meta', 'goalLinks']);

/** A path a request may name: 1 to 6 short keys, no empty key, under a translatable root. */
export function isFieldPath(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= 6 &&
    value.every((key) => typeof key === 'string' && key.length > 0 && key.length <= 200 && !key.includes('/')) &&
    !untranslatableRoots.has(value[0] as string)
  );
}

export const pathKey = (path: FieldPath): string => path.join('/');

export type TranslationStatus = 'current' | 'outdated';

export interface TranslationView {
  readonly path: string[];
  readonly language: TranslationLanguage;
  readonly text: string;
  /** The field's words when this translation was written or last updated. */
  readonly sourceText: string;
  readonly author: { readonly userId: string; readonly name: string; readonly role: Role };
  readonly updatedAt: string;
  readonly status: TranslationStatus;
  /** Old source against the field now, word by word; empty while current. */
  readonly sourceChange: WordDiffPart[];
}

/** One plan field that holds words, as it reads now, with its translations. */
export interface TranslatableField {
  readonly path: string[];
  /** "Goal: Reads 90 words… · Baseline": the field named as history names it (English). */
  readonly label: string;
  /** The first words of the item the field belongs to (the team's words), or null. */
  readonly itemTitle: string | null;
  readonly text: string;
  /** Hand back when translating, so a change made meanwhile is caught rather than mistranslated. */
  readonly sourceHash: string;
  readonly translations: TranslationView[];
}

export interface TranslationsResponse {
  readonly fields: TranslatableField[];
}

/** Body of PUT /api/workspaces/:id/translations. The source is always read from the plan. */
export interface SaveTranslationRequest {
  readonly path: string[];
  readonly language: TranslationLanguage;
  readonly text: string;
  readonly sourceHash: string;
}

export interface SaveTranslationResponse {
  readonly translation: TranslationView;
}

/** How a family's copy of the plan shows translated fields. */
export const translationModes = ['beside', 'instead'] as const;
export type TranslationMode = (typeof translationModes)[number];

export function isTranslationMode(value: unknown): value is TranslationMode {
  return typeof value === 'string' && (translationModes as readonly string[]).includes(value);
}
