import type { ScheduleSettings } from './schema/schedule';
import { isChildSession, occupiesChild } from './schema/scheduleVocabulary';
import type { Setting } from './roles';
import type { Occurrence } from './scheduleRecurrence';
import { addDays, clockToMinute } from './scheduleTime';

/** A place in the week a session could move to (or, with no session id, a session be added). */
export interface FreeSlot {
  readonly sessionId: string;
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

export interface SlotRequest {
  /** The session to move ('' for a new one); its own occurrences do not block it. */
  readonly sessionId: string;
  readonly minutes: number;
  readonly setting: Setting;
  /** Counts toward the day's load (school services and clinic appointments do). */
  readonly childSession: boolean;
  /** Where it is now, to prefer nearby slots. */
  readonly near?: { date: string; start: number };
}

export interface SlotContext {
  readonly occurrences: readonly Occurrence[];
  readonly weekStart: string;
  readonly settings: ScheduleSettings;
  readonly holidays: Readonly<Record<string, string>>;
}

const step = 15;
/** The days each setting's sessions can move to: school Monday to Friday, the clinic also Saturday, home any day. */
const daysOpen: Record<Setting, number> = { school: 5, clinic: 6, home: 7 };

/**
 * The hours a session of this setting can be placed in on `date`: for school, the bell
 * schedule of that day (first bell to last) where there is one, else the team's school day;
 * the clinic's opening hours; the family's home hours.
 */
export function settingWindow(context: SlotContext, setting: Setting, date: string): { start: number; end: number } {
  const { settings } = context;
  if (setting === 'clinic') return { start: clockToMinute(settings.clinicStart), end: clockToMinute(settings.clinicEnd) };
  if (setting === 'home') return { start: clockToMinute(settings.homeStart), end: clockToMinute(settings.homeEnd) };
  const bells = context.occurrences.filter((o) => o.kind === 'bell' && o.date === date && o.cancelled === null);
  if (bells.length > 0) return { start: Math.min(...bells.map((o) => o.start)), end: Math.max(...bells.map((o) => o.end)) };
  return { start: clockToMinute(settings.dayStart), end: clockToMinute(settings.dayEnd) };
}

/** Needs travel time between two places: going between school and clinic. */
export function needsTravel(a: Setting, b: Setting): boolean {
  return a !== b && a !== 'home' && b !== 'home';
}

/**
 * True when [start, end) on `date` breaks nothing: it overlaps nothing the child is busy with
 * (protected instruction included), leaves the travel buffer to sessions elsewhere, is not a
 * school holiday for a school session, and keeps the day within its session and minute limits.
 */
export function isFreeSlot(context: SlotContext, request: SlotRequest, date: string, start: number): boolean {
  const end = start + request.minutes;
  const { settings } = context;
  if (request.setting === 'school' && context.holidays[date]) return false;
  let sessions = request.childSession ? 1 : 0;
  let minutes = request.childSession ? request.minutes : 0;
  for (const other of context.occurrences) {
    if (other.date !== date || other.cancelled !== null || other.sessionId === request.sessionId || !occupiesChild(other.kind)) continue;
    if (start < other.end && other.start < end) return false;
    if (request.childSession && isChildSession(other.kind) && needsTravel(request.setting, other.setting)) {
      const gap = other.start >= end ? other.start - end : start - other.end;
      if (gap < settings.travelBufferMinutes) return false;
    }
    if (isChildSession(other.kind)) {
      sessions += 1;
      minutes += other.end - other.start;
    }
  }
  return !request.childSession || (sessions <= settings.maxSessionsPerDay && minutes <= settings.maxMinutesPerDay);
}

/** Up to `limit` free slots in the week, each within its setting's own hours, nearest to where it is now first. */
export function freeSlots(context: SlotContext, request: SlotRequest, limit = 3): FreeSlot[] {
  const found: { slot: FreeSlot; distance: number }[] = [];
  for (let day = 0; day < daysOpen[request.setting]; day += 1) {
    const date = addDays(context.weekStart, day);
    const window = settingWindow(context, request.setting, date);
    for (let start = window.start; start + request.minutes <= window.end; start += step) {
      if (!isFreeSlot(context, request, date, start)) continue;
      const near = request.near;
      // Same day first, then the closest time: the smallest change to everyone's week.
      const distance = near ? (near.date === date ? 0 : 10_000) + Math.abs(start - near.start) : day * 10_000 + start;
      found.push({ slot: { sessionId: request.sessionId, date, start, end: start + request.minutes }, distance });
    }
  }
  found.sort((a, b) => a.distance - b.distance || (a.slot.date < b.slot.date ? -1 : 1) || a.slot.start - b.slot.start);
  // One suggestion per day where possible, so the choices differ.
  const picked: FreeSlot[] = [];
  const days = new Set<string>();
  for (const { slot } of found) {
    if (picked.length >= limit) break;
    if (days.has(slot.date)) continue;
    days.add(slot.date);
    picked.push(slot);
  }
  for (const { slot } of found) {
    if (picked.length >= limit) break;
    if (!picked.includes(slot)) picked.push(slot);
  }
  return picked;
}
