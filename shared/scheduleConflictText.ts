import type { Setting } from './roles';
import type { SessionKind } from './schema/scheduleVocabulary';
import type { Occurrence } from './scheduleRecurrence';

/**
 * What a schedule conflict says, as facts rather than a sentence: a catalog key (under
 * `conflictText`) and the values it is written from. Titles stay as the team wrote them; times
 * are minutes after local midnight, dates YYYY-MM-DD, kinds and settings ids. Each reader's
 * screen then writes it in their own language and clock style, while the English `message`
 * beside it keeps serving the server and its logs.
 */

/** A session as a conflict names it; `title` may be empty, then its kind names it. */
export interface ConflictSession {
  readonly title: string;
  readonly kind: SessionKind;
  readonly setting: Setting;
  readonly start: number;
  readonly end: number;
}

export type ConflictText =
  | { readonly key: 'overlap'; readonly params: { readonly date: string; readonly first: ConflictSession; readonly second: ConflictSession } }
  | {
      readonly key: 'travel';
      readonly params: { readonly date: string; readonly first: ConflictSession; readonly second: ConflictSession; readonly gapMinutes: number; readonly bufferMinutes: number };
    }
  | { readonly key: 'protected'; readonly params: { readonly date: string; readonly session: ConflictSession; readonly block: ConflictSession } }
  | { readonly key: 'dayLoadSessions'; readonly params: { readonly date: string; readonly sessions: number; readonly limit: number } }
  | { readonly key: 'dayLoadMinutes'; readonly params: { readonly date: string; readonly minutes: number; readonly limit: number } }
  | {
      readonly key: 'shortfall';
      readonly params: {
        /** The plan service's type id; null when the service has none the vocabulary knows. */
        readonly serviceType: string | null;
        /** The service as the server names it, for a type the vocabulary does not know. */
        readonly serviceLabel: string;
        readonly scheduledMinutes: number;
        readonly requiredMinutes: number;
        readonly shortMinutes: number;
      };
    };

export type ConflictTextKey = ConflictText['key'];

export const conflictTextKeys: readonly ConflictTextKey[] = ['overlap', 'travel', 'protected', 'dayLoadSessions', 'dayLoadMinutes', 'shortfall'];

export function conflictSession(o: Occurrence): ConflictSession {
  return { title: o.title, kind: o.kind, setting: o.setting, start: o.start, end: o.end };
}
