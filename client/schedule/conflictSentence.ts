import { en } from '../../shared/i18n/en';
import type { ConflictSession, ConflictText } from '../../shared/scheduleConflictText';

/**
 * A schedule conflict written in the reader's language from the facts the shared code found.
 * Pure: the words come from `translate` and the times and days from the given formatters, so the
 * page passes the catalog and the client date helpers, and a test can pass any language.
 */

export interface ConflictWriting {
  /** A catalog lookup in the reader's language. */
  readonly translate: (key: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Minutes after midnight as the reader writes a time. */
  readonly clock: (minute: number) => string;
  /** A YYYY-MM-DD day with its weekday, as the reader writes it. */
  readonly day: (date: string) => string;
}

export interface ConflictWords {
  readonly key: `conflictText.${ConflictText['key']}`;
  readonly values: Readonly<Record<string, string | number>>;
}

/** The catalog key and every value its sentence is filled with. */
export function conflictWords(text: ConflictText, writing: ConflictWriting): ConflictWords {
  const { translate, clock, day } = writing;
  // A session the team left untitled is named by its kind, in the reader's language.
  const name = (session: ConflictSession) => session.title || translate(`vocabulary.sessionKind.${session.kind}`);
  const place = (session: ConflictSession) => translate(`conflictText.atSetting.${session.setting}`);
  switch (text.key) {
    case 'overlap': {
      const { first, second, date } = text.params;
      return {
        key: 'conflictText.overlap',
        values: { first: name(first), firstStart: clock(first.start), firstEnd: clock(first.end), second: name(second), secondStart: clock(second.start), secondEnd: clock(second.end), day: day(date) },
      };
    }
    case 'travel': {
      const { first, second, date, gapMinutes, bufferMinutes } = text.params;
      return {
        key: 'conflictText.travel',
        values: { gap: gapMinutes, first: name(first), firstPlace: place(first), second: name(second), secondPlace: place(second), day: day(date), buffer: bufferMinutes },
      };
    }
    case 'protected': {
      const { session, block, date } = text.params;
      return { key: 'conflictText.protected', values: { session: name(session), day: day(date), start: clock(session.start), block: name(block) } };
    }
    case 'dayLoadSessions': {
      const { date, sessions, limit } = text.params;
      return { key: 'conflictText.dayLoadSessions', values: { day: day(date), sessions, limit } };
    }
    case 'dayLoadMinutes': {
      const { date, minutes, limit } = text.params;
      return { key: 'conflictText.dayLoadMinutes', values: { day: day(date), minutes, limit } };
    }
    case 'shortfall': {
      const { serviceType, serviceLabel, scheduledMinutes, requiredMinutes, shortMinutes } = text.params;
      const known = serviceType !== null && Object.hasOwn(en.vocabulary.serviceType, serviceType);
      const service = known ? translate(`vocabulary.serviceType.${serviceType}`) : serviceLabel;
      return { key: 'conflictText.shortfall', values: { service, scheduled: scheduledMinutes, required: requiredMinutes, short: shortMinutes } };
    }
  }
}

export function conflictSentence(text: ConflictText, writing: ConflictWriting): string {
  const { key, values } = conflictWords(text, writing);
  return writing.translate(key, values);
}
