import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { catalogs } from '../../shared/i18n/catalogs';
import type { Language } from '../../shared/i18n/languages';
import { EntryProblemError, entryProblemKeys, entryValueProblem, ProgressDoc, type Author, type EntryProblem, type GoalMeasure } from '../../shared/schema';
import { englishEntryProblem } from '../../shared/schema/progressProblems';

/**
 * Why a progress point cannot be recorded reaches the recording form as a catalog key, so a
 * Spanish-speaking parent reads it in Spanish, while the English sentence stays what the
 * shared document throws.
 */

const rosa: Author = { userId: 'u1', name: 'Rosa Delgado', role: 'parent', setting: 'home' };
const measure = (kind: GoalMeasure['kind']): GoalMeasure => ({ kind, ratingMax: 5, baseline: null, target: null, higherIsBetter: true });

function problemFromAdding(date: string, value: number, kind: GoalMeasure['kind']): EntryProblem {
  const progress = new ProgressDoc(new Y.Doc());
  progress.setMeasure('g1', measure(kind));
  try {
    progress.add({ goalId: 'g1', date, value, setting: 'home' }, rosa);
  } catch (error) {
    expect(error).toBeInstanceOf(EntryProblemError);
    return (error as EntryProblemError).problem;
  }
  throw new Error('the point was recorded');
}

// One real problem of every kind, found by the same checks the form and the document use.
const problems: EntryProblem[] = [
  entryValueProblem(measure('count'), Number.NaN)!,
  entryValueProblem(measure('percent'), 120)!,
  entryValueProblem(measure('rating'), 7)!,
  entryValueProblem(measure('yes_no'), 2)!,
  entryValueProblem(measure('minutes'), -3)!,
  problemFromAdding('yesterday', 50, 'percent'),
];

function sayIn(language: Language) {
  const i18n = createInstance();
  void i18n.init({ resources: { [language]: { translation: catalogs[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  const t = i18n.getFixedT(language) as unknown as (key: string, values?: object) => string;
  return (problem: EntryProblem) => t(`conflictText.progressEntry.${problem.key}`, problem);
}

const words = (sentence: string) => [...sentence.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => m[0]);
// Spelled the same in both languages with the same meaning, so proof of nothing.
const sameInBoth = new Set(['no']);

describe('progress entry problems in the reader’s language', () => {
  const english = sayIn('en');
  const spanish = sayIn('es');

  it('finds one problem of every kind', () => {
    expect(problems.map((p) => p.key).sort()).toEqual([...entryProblemKeys].sort());
  });

  it('a value that fits has no problem, and a point with a real day and value is recorded', () => {
    expect(entryValueProblem(measure('rating'), 5)).toBeNull();
    const progress = new ProgressDoc(new Y.Doc());
    progress.setMeasure('g1', measure('percent'));
    progress.add({ goalId: 'g1', date: '2026-04-13', value: 80, setting: 'home' }, rosa);
    expect(progress.list('g1').map((p) => p.value)).toEqual([80]);
  });

  it.each(entryProblemKeys)('%s: both catalogs have it with the values it needs, and English reads as the thrown message', (key) => {
    const problem = problems.find((p) => p.key === key)!;
    const needed = Object.keys(problem).filter((name) => name !== 'key').sort();
    for (const language of ['en', 'es'] as const) {
      const text = (catalogs[language].conflictText.progressEntry as Record<string, string>)[key] ?? '';
      expect(text, `${language} ${key}`).not.toBe('');
      expect([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort(), `${language} ${key}`).toEqual(needed);
    }
    expect(english(problem)).toBe(englishEntryProblem(problem));
  });

  it.each(entryProblemKeys)('%s: the Spanish sentence keeps no English word', (key) => {
    const problem = problems.find((p) => p.key === key)!;
    const englishWords = words(english(problem)).filter((word) => !sameInBoth.has(word));
    const inSpanish = spanish(problem);
    expect(words(inSpanish).filter((word) => englishWords.includes(word)), inSpanish).toEqual([]);
    expect(inSpanish).not.toContain('{{');
  });

  it('names the top of the rating scale in Spanish', () => {
    expect(spanish(problems.find((p) => p.key === 'ratingRange')!)).toBe('Elija una calificación del 1 al 5.');
  });
});
