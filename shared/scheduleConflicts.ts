import type { AcceptedConflict, ScheduleSettings } from './schema/schedule';
import { isChildSession, occupiesChild } from './schema/scheduleVocabulary';
import type { Occurrence } from './scheduleRecurrence';
import { freeSlots, needsTravel, type FreeSlot, type SlotContext } from './scheduleFreeSlots';
import { formatClock, formatDay, weekdayNames, weekdayIndex } from './scheduleTime';
import { conflictSession, type ConflictText } from './scheduleConflictText';

/**
 * What is wrong with a week of the child's schedule, found from the occurrences alone (pure,
 * so the page recomputes it on every keystroke and the server answers the same). Each conflict
 * names who is involved and, where moving a session would fix it, free slots to move it to.
 */

export type ConflictKind = 'overlap' | 'travel' | 'protected' | 'day_load' | 'shortfall';

export interface ScheduleConflict {
  /** Stable across weeks for recurring sessions, so accepting it once holds for the series. */
  readonly key: string;
  readonly kind: ConflictKind;
  /** The English sentence, for the server and its logs; screens write `text` in the reader's language. */
  readonly message: string;
  readonly text: ConflictText;
  /** The first date it happens this week; null for week-level conflicts. */
  readonly date: string | null;
  readonly sessionIds: readonly string[];
  /** Everyone whose session it is, and the providers named on them. */
  readonly people: readonly string[];
  /** Where the sessions that could move would fit; a suggestion with no session id adds one. */
  readonly suggestions: readonly FreeSlot[];
  readonly accepted: AcceptedConflict | null;
}

export interface PlanServiceNeed {
  readonly id: string;
  readonly label: string;
  /** The service's type id, so a screen can name it in the reader's language. */
  readonly type?: string;
  readonly requiredWeeklyMinutes: number | null;
}

export interface ConflictInput {
  /** Occurrences of the week (Monday first), from `occurrencesBetween(…, weekStart, 7, …)`. */
  readonly occurrences: readonly Occurrence[];
  readonly weekStart: string;
  readonly settings: ScheduleSettings;
  readonly holidays: Readonly<Record<string, string>>;
  readonly services: readonly PlanServiceNeed[];
  readonly accepted: Readonly<Record<string, AcceptedConflict>>;
}

const label = (o: Occurrence): string => o.title || o.kind;
const at = (o: Occurrence): string => `${formatDay(o.date)} ${formatClock(o.start)}`;

function peopleOf(...occurrences: Occurrence[]): string[] {
  return [...new Set(occurrences.flatMap((o) => [...o.people, ...(o.providerName ? [o.providerName] : [])]))];
}

interface Draft {
  kind: ConflictKind;
  message: string;
  text: ConflictText;
  date: string | null;
  occurrences: Occurrence[];
  /** The occurrences whose session moving would resolve it, most recently added last. */
  movable: Occurrence[];
  missingMinutes?: number;
}

function pairKey(kind: ConflictKind, a: Occurrence, b: Occurrence): string {
  return [kind, ...[a.sessionId, b.sessionId].sort()].join(':');
}

function pairwise(input: ConflictInput, drafts: Map<string, Draft>): void {
  const { settings } = input;
  const live = input.occurrences.filter((o) => o.cancelled === null && occupiesChild(o.kind));
  for (let i = 0; i < live.length; i += 1) {
    for (let j = i + 1; j < live.length; j += 1) {
      const a = live[i]!;
      const b = live[j]!;
      if (a.date !== b.date || a.sessionId === b.sessionId) continue;
      const overlaps = a.start < b.end && b.start < a.end;
      if (a.kind === 'protected' || b.kind === 'protected') {
        const block = a.kind === 'protected' ? a : b;
        const other = block === a ? b : a;
        if (!overlaps || !isChildSession(other.kind)) continue;
        const key = pairKey('protected', a, b);
        if (!drafts.has(key)) drafts.set(key, { kind: 'protected', date: a.date, occurrences: [other, block], movable: [other], text: { key: 'protected', params: { date: a.date, session: conflictSession(other), block: conflictSession(block) } }, message: `${label(other)} (${at(other)}) falls in protected ${label(block)}.` });
        continue;
      }
      if (overlaps) {
        const key = pairKey('overlap', a, b);
        if (!drafts.has(key)) drafts.set(key, { kind: 'overlap', date: a.date, occurrences: [a, b], movable: [a, b], text: { key: 'overlap', params: { date: a.date, first: conflictSession(a), second: conflictSession(b) } }, message: `${label(a)} (${formatClock(a.start)}–${formatClock(a.end)}) and ${label(b)} (${formatClock(b.start)}–${formatClock(b.end)}) overlap on ${formatDay(a.date)}.` });
        continue;
      }
      if (isChildSession(a.kind) && isChildSession(b.kind) && needsTravel(a.setting, b.setting)) {
        const [first, second] = a.start <= b.start ? [a, b] : [b, a];
        const gap = second.start - first.end;
        if (gap >= settings.travelBufferMinutes) continue;
        const key = pairKey('travel', a, b);
        if (!drafts.has(key)) {
          drafts.set(key, {
            kind: 'travel',
            date: a.date,
            occurrences: [first, second],
            movable: [first, second],
            text: { key: 'travel', params: { date: a.date, first: conflictSession(first), second: conflictSession(second), gapMinutes: gap, bufferMinutes: settings.travelBufferMinutes } },
            message: `Only ${gap} min between ${label(first)} at ${first.setting} and ${label(second)} at ${second.setting} on ${formatDay(a.date)}; the team allows ${settings.travelBufferMinutes} min to travel.`,
          });
        }
      }
    }
  }
}

function dayLoads(input: ConflictInput, drafts: Map<string, Draft>): void {
  const byDate = new Map<string, Occurrence[]>();
  for (const o of input.occurrences) {
    if (o.cancelled !== null || !isChildSession(o.kind)) continue;
    byDate.set(o.date, [...(byDate.get(o.date) ?? []), o]);
  }
  for (const [date, day] of byDate) {
    const minutes = day.reduce((sum, o) => sum + o.end - o.start, 0);
    const { maxSessionsPerDay, maxMinutesPerDay } = input.settings;
    if (day.length <= maxSessionsPerDay && minutes <= maxMinutesPerDay) continue;
    const tooMany = day.length > maxSessionsPerDay;
    const text: ConflictText = tooMany ? { key: 'dayLoadSessions', params: { date, sessions: day.length, limit: maxSessionsPerDay } } : { key: 'dayLoadMinutes', params: { date, minutes, limit: maxMinutesPerDay } };
    const why = tooMany ? `${day.length} sessions (the team’s limit is ${maxSessionsPerDay})` : `${minutes} minutes of sessions (the team’s limit is ${maxMinutesPerDay})`;
    drafts.set(`day_load:${weekdayNames[weekdayIndex(date)]}`, { kind: 'day_load', date, occurrences: day, movable: [day[day.length - 1]!], text, message: `${formatDay(date)} has ${why}.` });
  }
}

function shortfalls(input: ConflictInput, drafts: Map<string, Draft>): void {
  for (const service of input.services) {
    if (service.requiredWeeklyMinutes === null) continue;
    const delivered = input.occurrences.filter((o) => o.serviceId === service.id && o.cancelled === null);
    const scheduled = delivered.reduce((sum, o) => sum + o.end - o.start, 0);
    if (scheduled >= service.requiredWeeklyMinutes) continue;
    drafts.set(`shortfall:${service.id}`, {
      kind: 'shortfall',
      date: null,
      occurrences: delivered,
      movable: [],
      missingMinutes: service.requiredWeeklyMinutes - scheduled,
      text: {
        key: 'shortfall',
        params: { serviceType: service.type ?? null, serviceLabel: service.label, scheduledMinutes: scheduled, requiredMinutes: service.requiredWeeklyMinutes, shortMinutes: service.requiredWeeklyMinutes - scheduled },
      },
      message: `${service.label}: ${scheduled} of ${service.requiredWeeklyMinutes} required minutes scheduled this week (${service.requiredWeeklyMinutes - scheduled} short).`,
    });
  }
}

export function findConflicts(input: ConflictInput): ScheduleConflict[] {
  const drafts = new Map<string, Draft>();
  pairwise(input, drafts);
  dayLoads(input, drafts);
  shortfalls(input, drafts);
  const context: SlotContext = { occurrences: input.occurrences, weekStart: input.weekStart, settings: input.settings, holidays: input.holidays };
  return [...drafts.entries()].map(([key, draft]) => {
    const accepted = input.accepted[key] ?? null;
    const suggestions = accepted ? [] : suggestionsFor(draft, context);
    return {
      key,
      kind: draft.kind,
      message: draft.message,
      text: draft.text,
      date: draft.date,
      sessionIds: [...new Set(draft.occurrences.map((o) => o.sessionId))],
      people: peopleOf(...draft.occurrences),
      suggestions,
      accepted,
    };
  });
}

function suggestionsFor(draft: Draft, context: SlotContext): FreeSlot[] {
  if (draft.kind === 'shortfall') {
    // Where one more session of the usual length (at most what is missing) would fit.
    const usual = draft.occurrences[0] ? draft.occurrences[0].end - draft.occurrences[0].start : 30;
    const minutes = Math.max(15, Math.min(usual, draft.missingMinutes ?? usual));
    return freeSlots(context, { sessionId: '', minutes, setting: 'school', childSession: true }, 2);
  }
  const slots: FreeSlot[] = [];
  for (const o of draft.movable) {
    if (o.kind === 'protected' || o.kind === 'bell') continue;
    slots.push(...freeSlots(context, { sessionId: o.sessionId, minutes: o.end - o.start, setting: o.setting, childSession: isChildSession(o.kind), near: { date: o.date, start: o.start } }, 2));
  }
  return slots;
}
