import * as Y from 'yjs';
import { authorValue, readAuthor, type Author } from './author';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { clampText, fieldLimits } from './limits';
import { clampedString, isRecord } from './read';
import { isSessionKind, type SessionKind } from './scheduleVocabulary';

/**
 * The schedule document (`<workspaceId>/schedule`): the child's week. Each session is one
 * Y.Map keyed by its own id, holding its first occurrence as a local wall-clock time and an
 * RFC 5545 RRULE; occurrences are computed, never stored, so two people can never create the
 * same occurrence twice. Cancelled dates are one key per date inside the session, holidays one
 * key per date for the whole workspace, accepted conflicts one key per conflict: two people
 * doing the same thing at once write the same key and converge on one value.
 *
 * Only the server writes this document (through the schedule API, which checks each person's
 * role for each kind of session); every socket on it is read-only.
 */
export const scheduleRoots = { sessions: 'sessions', holidays: 'holidays', settings: 'settings', accepted: 'accepted' } as const;

export const sessionKeys = {
  kind: 'kind',
  title: 'title',
  serviceId: 'serviceId',
  start: 'start',
  minutes: 'minutes',
  rrule: 'rrule',
  providerName: 'providerName',
  cancelled: 'cancelled',
  createdBy: 'createdBy',
  createdAt: 'createdAt',
  changedBy: 'changedBy',
} as const;

export interface ScheduleSessionView {
  readonly id: string;
  readonly kind: SessionKind;
  readonly title: string;
  /** The plan service this session delivers, for school services. */
  readonly serviceId: string;
  /** First occurrence, local to the workspace's zone: `YYYY-MM-DDTHH:mm`. */
  readonly start: string;
  readonly minutes: number;
  /** RFC 5545 RRULE without DTSTART ("FREQ=WEEKLY;BYDAY=TU"); '' for a single occurrence. */
  readonly rrule: string;
  readonly providerName: string;
  /** Local dates (YYYY-MM-DD) on which this session does not happen, with why. */
  readonly cancelled: Readonly<Record<string, string>>;
  readonly createdBy: Author;
  readonly createdAt: string;
  /** Who last moved or changed it; null while unchanged. */
  readonly changedBy: Author | null;
}

export interface ScheduleSessionInput {
  readonly kind: SessionKind;
  readonly title: string;
  readonly serviceId?: string;
  readonly start: string;
  readonly minutes: number;
  readonly rrule: string;
  readonly providerName?: string;
}

export type ScheduleSessionPatch = Partial<Pick<ScheduleSessionInput, 'title' | 'start' | 'minutes' | 'rrule' | 'providerName'>>;

export interface ScheduleSettings {
  /** Travel time needed between a school session and a clinic one (either order). */
  readonly travelBufferMinutes: number;
  readonly maxSessionsPerDay: number;
  readonly maxMinutesPerDay: number;
  /**
   * The school day, local `HH:mm`, where the bell schedule does not say (a day with bells runs
   * from the first bell to the last); free school slots are looked for in it.
   */
  readonly dayStart: string;
  readonly dayEnd: string;
  /** The clinic's opening hours: where clinic appointments can move. */
  readonly clinicStart: string;
  readonly clinicEnd: string;
  /** The family's hours for home routines. */
  readonly homeStart: string;
  readonly homeEnd: string;
}

export const defaultScheduleSettings: ScheduleSettings = {
  travelBufferMinutes: 30,
  maxSessionsPerDay: 3,
  maxMinutesPerDay: 120,
  dayStart: '08:00',
  dayEnd: '15:30',
  clinicStart: '08:00',
  clinicEnd: '18:00',
  homeStart: '15:30',
  homeEnd: '20:00',
};

/** The settings that are clock times, as the settings route accepts them. */
export const scheduleClockSettings = ['dayStart', 'dayEnd', 'clinicStart', 'clinicEnd', 'homeStart', 'homeEnd'] as const;

export interface AcceptedConflict {
  readonly note: string;
  readonly acceptedBy: Author;
  readonly acceptedAt: string;
}

export const localStartPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const clockPattern = /^\d{2}:\d{2}$/;

const positiveInt = (value: unknown, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;

function readCancelled(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(value instanceof Y.Map)) return out;
  for (const [date, reason] of value.entries()) {
    if (localDatePattern.test(date)) out[date] = clampedString(reason) || 'cancelled';
  }
  return out;
}

function readSession(id: string, item: unknown): ScheduleSessionView | null {
  if (!(item instanceof Y.Map)) return null;
  const kind = item.get(sessionKeys.kind);
  const start = item.get(sessionKeys.start);
  const minutes = positiveInt(item.get(sessionKeys.minutes), 24 * 60);
  const createdBy = readAuthor(item.get(sessionKeys.createdBy));
  // Readers list only complete records: a half-written session is not on anyone's week.
  if (!isSessionKind(kind) || typeof start !== 'string' || !localStartPattern.test(start) || !minutes || !createdBy) return null;
  return {
    id,
    kind,
    title: clampedString(item.get(sessionKeys.title)),
    serviceId: clampedString(item.get(sessionKeys.serviceId)),
    start,
    minutes,
    rrule: clampText(clampedString(item.get(sessionKeys.rrule)), 200),
    providerName: clampedString(item.get(sessionKeys.providerName)),
    cancelled: readCancelled(item.get(sessionKeys.cancelled)),
    createdBy,
    createdAt: clampedString(item.get(sessionKeys.createdAt)),
    changedBy: readAuthor(item.get(sessionKeys.changedBy)),
  };
}

function readSettings(map: Y.Map<unknown>): ScheduleSettings {
  const clock = (key: keyof ScheduleSettings, fallback: string) => {
    const value = map.get(key);
    return typeof value === 'string' && clockPattern.test(value) ? value : fallback;
  };
  const d = defaultScheduleSettings;
  return {
    travelBufferMinutes: positiveInt(map.get('travelBufferMinutes'), 240) ?? d.travelBufferMinutes,
    maxSessionsPerDay: positiveInt(map.get('maxSessionsPerDay'), 20) ?? d.maxSessionsPerDay,
    maxMinutesPerDay: positiveInt(map.get('maxMinutesPerDay'), 24 * 60) ?? d.maxMinutesPerDay,
    dayStart: clock('dayStart', d.dayStart),
    dayEnd: clock('dayEnd', d.dayEnd),
    clinicStart: clock('clinicStart', d.clinicStart),
    clinicEnd: clock('clinicEnd', d.clinicEnd),
    homeStart: clock('homeStart', d.homeStart),
    homeEnd: clock('homeEnd', d.homeEnd),
  };
}

export interface ScheduleSnapshot {
  readonly sessions: readonly ScheduleSessionView[];
  readonly holidays: Readonly<Record<string, string>>;
  readonly settings: ScheduleSettings;
  readonly accepted: Readonly<Record<string, AcceptedConflict>>;
}

export class ScheduleDoc {
  private readonly sessions: Y.Map<unknown>;
  private readonly holidays: Y.Map<unknown>;
  private readonly settingsMap: Y.Map<unknown>;
  private readonly acceptedMap: Y.Map<unknown>;

  constructor(
    readonly doc: Y.Doc,
    private readonly origin: unknown = { scheduleWriter: true },
  ) {
    this.sessions = doc.getMap(scheduleRoots.sessions);
    this.holidays = doc.getMap(scheduleRoots.holidays);
    this.settingsMap = doc.getMap(scheduleRoots.settings);
    this.acceptedMap = doc.getMap(scheduleRoots.accepted);
  }

  private transact(fn: () => void): void {
    this.doc.transact(fn, this.origin);
  }

  list(): ScheduleSessionView[] {
    const out: ScheduleSessionView[] = [];
    for (const [id, item] of this.sessions.entries()) {
      const session = readSession(clampText(id, fieldLimits.shortValue), item);
      if (session) out.push(session);
    }
    return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  }

  get(id: string): ScheduleSessionView | null {
    return readSession(id, this.sessions.get(id));
  }

  /** Adds a session under the id the client chose; adding the same id again changes nothing. */
  add(id: string, input: ScheduleSessionInput, author: Author, at: string): boolean {
    if (this.sessions.has(id)) return false;
    this.transact(() => {
      const item = new Y.Map<unknown>();
      item.set(sessionKeys.kind, input.kind);
      item.set(sessionKeys.title, input.title);
      item.set(sessionKeys.serviceId, input.serviceId ?? '');
      item.set(sessionKeys.start, input.start);
      item.set(sessionKeys.minutes, input.minutes);
      item.set(sessionKeys.rrule, input.rrule);
      item.set(sessionKeys.providerName, input.providerName ?? '');
      item.set(sessionKeys.cancelled, new Y.Map<unknown>());
      item.set(sessionKeys.createdBy, authorValue(author));
      item.set(sessionKeys.createdAt, at);
      this.sessions.set(id, item);
    });
    return true;
  }

  /** Writes only the fields that change. */
  update(id: string, patch: ScheduleSessionPatch, author: Author): boolean {
    const item = this.sessions.get(id);
    if (!(item instanceof Y.Map)) return false;
    this.transact(() => {
      for (const key of ['title', 'start', 'minutes', 'rrule', 'providerName'] as const) {
        const value = patch[key];
        if (value !== undefined && item.get(key) !== value) item.set(key, value);
      }
      item.set(sessionKeys.changedBy, authorValue(author));
    });
    return true;
  }

  remove(id: string): boolean {
    if (!this.sessions.has(id)) return false;
    this.transact(() => this.sessions.delete(id));
    return true;
  }

  /** Cancels one date of a session ('' reason restores it). */
  setCancelled(id: string, date: string, reason: string): boolean {
    const item = this.sessions.get(id);
    if (!(item instanceof Y.Map)) return false;
    this.transact(() => {
      let cancelled = item.get(sessionKeys.cancelled);
      if (!(cancelled instanceof Y.Map)) {
        cancelled = new Y.Map<unknown>();
        item.set(sessionKeys.cancelled, cancelled);
      }
      const map = cancelled as Y.Map<unknown>;
      if (reason === '') map.delete(date);
      else if (map.get(date) !== reason) map.set(date, reason);
    });
    return true;
  }

  /** A day with no sessions at all (school holiday); '' name removes it. */
  setHoliday(date: string, name: string): void {
    this.transact(() => {
      if (name === '') this.holidays.delete(date);
      else if (this.holidays.get(date) !== name) this.holidays.set(date, name);
    });
  }

  updateSettings(patch: Partial<ScheduleSettings>): void {
    this.transact(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined && this.settingsMap.get(key) !== value) this.settingsMap.set(key, value);
      }
    });
  }

  /** Accepting a conflict with a note; '' note reopens it. */
  setAccepted(key: string, note: string, author: Author, at: string): void {
    this.transact(() => {
      if (note === '') this.acceptedMap.delete(key);
      else this.acceptedMap.set(key, { note, acceptedBy: authorValue(author), acceptedAt: at });
    });
  }

  snapshot(): ScheduleSnapshot {
    const holidays: Record<string, string> = {};
    for (const [date, name] of this.holidays.entries()) {
      if (localDatePattern.test(date)) holidays[date] = clampedString(name) || 'Holiday';
    }
    const accepted: Record<string, AcceptedConflict> = {};
    for (const [key, value] of this.acceptedMap.entries()) {
      if (!isRecord(value)) continue;
      const acceptedBy = readAuthor(value.acceptedBy);
      if (acceptedBy) accepted[clampText(key, 300)] = { note: clampedString(value.note, fieldLimits.typedText), acceptedBy, acceptedAt: clampedString(value.acceptedAt) };
    }
    return { sessions: this.list(), holidays, settings: readSettings(this.settingsMap), accepted };
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const stops = [this.sessions, this.holidays, this.settingsMap, this.acceptedMap].map((root) => observeDeep(root, callback));
    return () => stops.forEach((stop) => stop());
  }
}
