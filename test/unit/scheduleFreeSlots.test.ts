import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultScheduleSettings, ScheduleDoc, type Author, type ScheduleSessionInput, type ScheduleSettings } from '../../shared/schema';
import { freeSlots, isFreeSlot, type SlotContext } from '../../shared/scheduleFreeSlots';
import { occurrencesBetween } from '../../shared/scheduleRecurrence';
import { clockToMinute, weekdayIndex } from '../../shared/scheduleTime';

const dana: Author = { userId: 'u3', name: 'Dana Ortiz', role: 'case_manager', setting: 'school' };
const monday = '2026-03-09';

function context(sessions: ScheduleSessionInput[], settings: Partial<ScheduleSettings> = {}): SlotContext {
  const doc = new ScheduleDoc(new Y.Doc());
  sessions.forEach((input, i) => doc.add(`s${i}`, input, dana, '2026-01-05T00:00:00Z'));
  const snapshot = doc.snapshot();
  return { occurrences: occurrencesBetween(snapshot.sessions, monday, 7, {}), weekStart: monday, settings: { ...defaultScheduleSettings, ...settings }, holidays: {} };
}

const within = (slots: { start: number; end: number }[], from: string, to: string) =>
  slots.every((slot) => slot.start >= clockToMinute(from) && slot.end <= clockToMinute(to));

describe('free slots in each setting’s own hours', () => {
  it('looks for school slots between the day’s first and last bell, and in the school day where there are no bells', () => {
    // Bells on Monday only: 9:00 to 14:00. Everything else in the week is free.
    const bells: ScheduleSessionInput = { kind: 'bell', title: 'School day', start: `${monday}T09:00`, minutes: 300, rrule: '' };
    const ctx = context([bells], { dayStart: '08:15', dayEnd: '15:15' });
    const slots = freeSlots(ctx, { sessionId: '', minutes: 45, setting: 'school', childSession: true }, 40);
    const mondays = slots.filter((slot) => slot.date === monday);
    const others = slots.filter((slot) => slot.date !== monday);
    expect(mondays.length).toBeGreaterThan(0);
    expect(within(mondays, '09:00', '14:00')).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(within(others, '08:15', '15:15')).toBe(true);
    expect(slots.every((slot) => weekdayIndex(slot.date) < 5)).toBe(true);
  });

  it('moves a clinic appointment only within clinic hours (Saturdays too) and a home routine within home hours', () => {
    const ctx = context([], { clinicStart: '10:00', clinicEnd: '13:00', homeStart: '17:00', homeEnd: '19:00' });
    const clinic = freeSlots(ctx, { sessionId: '', minutes: 60, setting: 'clinic', childSession: true }, 200);
    expect(within(clinic, '10:00', '13:00')).toBe(true);
    expect(new Set(clinic.map((slot) => weekdayIndex(slot.date)))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    const home = freeSlots(ctx, { sessionId: '', minutes: 30, setting: 'home', childSession: false }, 200);
    expect(within(home, '17:00', '19:00')).toBe(true);
    expect(new Set(home.map((slot) => weekdayIndex(slot.date))).size).toBe(7);
  });

  it('suggests only truly free slots: none overlapping protected instruction or the travel buffer', () => {
    const reading: ScheduleSessionInput = { kind: 'protected', title: 'Reading block', start: `${monday}T08:00`, minutes: 7 * 60, rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' };
    const clinic: ScheduleSessionInput = { kind: 'clinic', title: 'Clinic OT', start: `${monday}T15:30`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' };
    const ctx = context([reading, clinic], { dayStart: '08:00', dayEnd: '15:30', travelBufferMinutes: 30 });
    // The school day is all protected instruction: no school slot is free.
    expect(freeSlots(ctx, { sessionId: '', minutes: 30, setting: 'school', childSession: true })).toEqual([]);
    const slots = freeSlots(ctx, { sessionId: '', minutes: 30, setting: 'clinic', childSession: true }, 100);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(isFreeSlot(ctx, { sessionId: '', minutes: 30, setting: 'clinic', childSession: true }, slot.date, slot.start)).toBe(true);
    expect(slots.some((slot) => weekdayIndex(slot.date) < 5 && slot.start < clockToMinute('15:00'))).toBe(false);
  });
});
