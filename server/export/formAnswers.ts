import type { Block, Run } from './outline';
import { cleanText } from './text';

/** The two phrases a form needs in the reader's language (English when absent). */
export interface FormWords {
  readonly nothingEntered: string;
  readonly notFilledYet: (labels: string) => string;
}

/**
 * A section of the IEP that is a form (dates, placement, transition...) as a reader needs it:
 * the answers the team gave, then one line naming what is still blank. A section with nothing
 * entered is that one line, so an almost empty plan does not print pages of "Not filled in".
 */

/**
 * One answer on a form. `given` answers are shown; `missing` ones are only named; `standing`
 * answers (an unticked yes/no, a figure worked out from other sections) are true without anyone
 * entering them, so they are shown beside given answers but never make a section look filled.
 */
export type FormAnswer =
  | { readonly label: string; readonly state: 'given' | 'standing'; readonly value: readonly Run[] }
  | { readonly label: string; readonly state: 'missing' };

export const nothingEntered = 'Not filled in yet.';

export const given = (label: string, value: readonly Run[]): FormAnswer => ({ label, state: 'given', value });
export const standing = (label: string, value: readonly Run[]): FormAnswer => ({ label, state: 'standing', value });
export const missing = (label: string): FormAnswer => ({ label, state: 'missing' });

/** A typed value: given when it has words, missing otherwise. */
export function typed(label: string, value: string): FormAnswer {
  const text = cleanText(value).trim();
  return text ? given(label, [{ text }]) : missing(label);
}

/** A value that may be absent, already turned into words by the caller. */
export function optional(label: string, text: string | null): FormAnswer {
  return text ? given(label, [{ text }]) : missing(label);
}

export function hasAnswers(answers: readonly FormAnswer[]): boolean {
  return answers.some((answer) => answer.state === 'given');
}

export function emptyLine(text = nothingEntered): Block {
  return { kind: 'paragraph', runs: [{ text, muted: true, italic: true }] };
}

/** "Not filled in yet: Grade; School." or nothing when every answer is in. */
export function missingLine(labels: readonly string[], words?: FormWords): Block[] {
  if (labels.length === 0) return [];
  return [emptyLine(words ? words.notFilledYet(labels.join('; ')) : `Not filled in yet: ${labels.join('; ')}.`)];
}

/** The given and standing answers as a form, then the missing ones named in one line. */
export function formBlocks(answers: readonly FormAnswer[], words?: FormWords): Block[] {
  if (!hasAnswers(answers)) return [emptyLine(words?.nothingEntered)];
  const rows = answers.flatMap((answer) => (answer.state === 'missing' ? [] : [{ label: answer.label, value: answer.value }]));
  const blank = answers.flatMap((answer) => (answer.state === 'missing' ? [answer.label] : []));
  return [{ kind: 'fields', rows }, ...missingLine(blank, words)];
}
