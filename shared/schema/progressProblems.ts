import type { GoalMeasure } from './progress';

/**
 * Why a progress entry cannot be recorded, as a catalog key (under `conflictText.progressEntry`)
 * with the value it names, so the recording form says it in the reader's language; the English
 * sentence stays for the server and for errors thrown by the shared document.
 */

export type EntryProblem =
  | { readonly key: 'enterNumber' | 'percentRange' | 'yesOrNo' | 'zeroOrMore' | 'chooseDay' }
  | { readonly key: 'ratingRange'; readonly max: number };

export type EntryProblemKey = EntryProblem['key'];

export const entryProblemKeys: readonly EntryProblemKey[] = ['enterNumber', 'percentRange', 'ratingRange', 'yesOrNo', 'zeroOrMore', 'chooseDay'];

export function englishEntryProblem(problem: EntryProblem): string {
  switch (problem.key) {
    case 'enterNumber':
      return 'Enter a number.';
    case 'percentRange':
      return 'A percentage is between 0 and 100.';
    case 'ratingRange':
      return `Choose a rating from 1 to ${problem.max}.`;
    case 'yesOrNo':
      return 'Choose yes or no.';
    case 'zeroOrMore':
      return 'Enter zero or more.';
    case 'chooseDay':
      return 'Choose the day this was observed.';
  }
}

/** Why a value does not fit the goal's measure, or null when it does. */
export function entryValueProblem(measure: GoalMeasure, value: number): EntryProblem | null {
  if (!Number.isFinite(value)) return { key: 'enterNumber' };
  switch (measure.kind) {
    case 'percent':
      return value < 0 || value > 100 ? { key: 'percentRange' } : null;
    case 'rating':
      return value < 1 || value > measure.ratingMax || !Number.isInteger(value) ? { key: 'ratingRange', max: measure.ratingMax } : null;
    case 'yes_no':
      return value === 0 || value === 1 ? null : { key: 'yesOrNo' };
    case 'count':
    case 'minutes':
      return value < 0 ? { key: 'zeroOrMore' } : null;
  }
}

/** Thrown when an entry does not fit: its message is English, its problem is for the screen. */
export class EntryProblemError extends Error {
  constructor(readonly problem: EntryProblem) {
    super(englishEntryProblem(problem));
    this.name = 'EntryProblemError';
  }
}
