import { en } from '../../shared/i18n/en';
import type { Translate } from '../i18n/completenessText';
import type { ProblemFacts } from './ApiFailure';

type RefusalId = keyof typeof en.problems.byId;

/** What a refused request says: the server's stable id, its English sentence and the facts in it. */
export interface Refusal {
  readonly id: string;
  readonly message: string;
  readonly facts: ProblemFacts;
}

const isRefusalId = (id: string): id is RefusalId => Object.hasOwn(en.problems.byId, id);

const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!);

/**
 * A refusal in the reader's language. English readers get the server's own sentence; in another
 * language the catalog's sentence for the id, filled with the facts the server sent. A sentence
 * whose facts did not come (an older server) stays in the server's words rather than show a gap.
 */
export function refusalText(refusal: Refusal, language: string, t: Translate): string {
  if (language === 'en' || !isRefusalId(refusal.id)) return refusal.message;
  const missingFact = placeholdersOf(en.problems.byId[refusal.id]).some((name) => !Object.hasOwn(refusal.facts, name));
  if (missingFact) return refusal.message;
  return t(`problems.byId.${refusal.id}`, { ...refusal.facts });
}
