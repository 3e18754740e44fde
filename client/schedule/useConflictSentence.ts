import { useTranslation } from 'react-i18next';
import type { ConflictText } from '../../shared/scheduleConflictText';
import { formatClock, formatWeekday } from '../i18n/dates';
import { conflictSentence, type ConflictWriting } from './conflictSentence';

/** Writes conflicts in the reader's language and re-renders its caller when that language changes. */
export function useConflictSentence(): (text: ConflictText) => string {
  const { t } = useTranslation();
  // The keys are built from ids at run time, which t()'s per-key overloads cannot check;
  // conflictSentence only asks for keys of the conflictText and vocabulary blocks.
  const translate = t as unknown as ConflictWriting['translate'];
  return (text) => conflictSentence(text, { translate, clock: formatClock, day: (date) => formatWeekday(date) });
}
