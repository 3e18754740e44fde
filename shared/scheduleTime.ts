import { localMoment } from './timeZone';

/**
 * Local calendar arithmetic for the schedule. Sessions are wall-clock times in the workspace's
 * zone ("Tuesdays at 3 PM" stays 3 PM across a daylight-saving change), so dates are plain
 * `YYYY-MM-DD` strings and times are minutes since local midnight; only the calendar feed
 * turns them into instants.
 */

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const dayMs = 86_400_000;

function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(utcOf(date) + days * dayMs);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(utcOf(date)).getUTCDay() + 6) % 7;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / dayMs);
}

export function splitLocalStart(start: string): { date: string; minute: number } {
  const [date, clock] = start.split('T') as [string, string];
  return { date, minute: clockToMinute(clock) };
}

export function joinLocalStart(date: string, minute: number): string {
  return `${date}T${minuteToClock(minute)}`;
}

export function clockToMinute(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function minuteToClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** "3:00 PM". */
export function formatClock(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = minute % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** "Tue Mar 10". */
export function formatDay(date: string): string {
  const weekday = weekdayNames[weekdayIndex(date)]!.slice(0, 3);
  const month = new Date(utcOf(date)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${weekday} ${month} ${Number(date.slice(8, 10))}`;
}

/** A local wall-clock time as the "floating" Date rrule works in (its UTC fields are the wall clock). */
export function floatingDate(date: string, minute: number): Date {
  return new Date(utcOf(date) + minute * 60_000);
}

export function fromFloating(value: Date): { date: string; minute: number } {
  return { date: value.toISOString().slice(0, 10), minute: value.getUTCHours() * 60 + value.getUTCMinutes() };
}

/**
 * The instant a local wall-clock time names in `timeZone`. Two corrections settle it even
 * next to a daylight-saving change; a time skipped by the change reads as the one after it.
 */
export function instantOf(date: string, minute: number, timeZone: string): Date {
  const wall = utcOf(date) + minute * 60_000;
  let guess = wall;
  for (let i = 0; i < 3; i += 1) {
    const seen = localMoment(new Date(guess), timeZone);
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    const diff = wall - seenWall;
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}

/** Today's local date in `timeZone`: one definition for the plan's dates and the schedule. */
export { todayIn } from './iepDates';
