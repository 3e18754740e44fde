import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ScheduleDoc, type Author, type ScheduleSessionInput, type ServiceView } from '../../shared/schema';
import { findConflicts } from '../../shared/scheduleConflicts';
import { occurrencesBetween } from '../../shared/scheduleRecurrence';
import { scheduleWeek } from '../../shared/scheduleWeek';
import { instantOf, joinLocalStart } from '../../shared/scheduleTime';
import { requiredWeeklyMinutes } from '../../shared/serviceMinutes';

const priya: Author = { userId: 'u1', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const chen: Author = { userId: 'u2', name: 'Dr. Chen', role: 'clinical_therapist', setting: 'clinic' };
const dana: Author = { userId: 'u3', name: 'Dana Ortiz', role: 'case_manager', setting: 'school' };
const ot: ServiceView = {
  id: 'svc_ot',
  type: 'ot',
  provider: 'Priya Nair',
  frequency: '2 × weekly',
  duration: '45 min',
  location: 'OT room',
  startDate: '2026-01-05',
  minutesPerWeek: null,
  setting: null,
  createdBy: priya,
  createdAt: '2026-01-05T00:00:00Z',
};

function schedule(sessions: [string, ScheduleSessionInput, Author][], holidays: Record<string, string> = {}) {
  const doc = new ScheduleDoc(new Y.Doc());
  for (const [id, input, author] of sessions) doc.add(id, input, author, '2026-01-05T00:00:00Z');
  for (const [date, name] of Object.entries(holidays)) doc.setHoliday(date, name);
  return doc;
}

// School OT began in February (standard time); the clinic appointment was added after the
// change to daylight time (Sunday 8 March 2026 in Chicago). Both are Tuesdays at 3 PM local.
const schoolOt: ScheduleSessionInput = { kind: 'school_service', title: 'School OT', serviceId: 'svc_ot', start: '2026-02-03T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU', providerName: 'Priya Nair' };
const clinic: ScheduleSessionInput = { kind: 'clinic', title: 'Clinic OT', start: '2026-03-10T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };

describe('schedule conflicts over recurring rules', () => {
  it('finds the overlap after the daylight-saving change, at the same local time, and not on a school holiday', () => {
    const doc = schedule([['s_ot', schoolOt, priya], ['s_clinic', clinic, chen]], { '2026-03-17': 'Spring break' });
    const snapshot = doc.snapshot();

    const after = scheduleWeek(snapshot, [ot], '2026-03-11');
    const overlap = after.conflicts.find((c) => c.kind === 'overlap');
    expect(overlap?.date).toBe('2026-03-10');
    expect(overlap?.message).toBe('Clinic OT (3:00 PM–3:45 PM) and School OT (3:00 PM–3:45 PM) overlap on Tue Mar 10.');
    expect(overlap?.people).toEqual(expect.arrayContaining(['Priya Nair', 'Dr. Chen']));

    // The same 3 PM is a different UTC hour on each side of the change: rules are local.
    const otBefore = occurrencesBetween(snapshot.sessions, '2026-03-02', 7, snapshot.holidays).find((o) => o.sessionId === 's_ot')!;
    const otAfter = after.occurrences.find((o) => o.sessionId === 's_ot')!;
    expect(instantOf(otBefore.date, otBefore.start, 'America/Chicago').toISOString()).toBe('2026-03-03T21:00:00.000Z');
    expect(instantOf(otAfter.date, otAfter.start, 'America/Chicago').toISOString()).toBe('2026-03-10T20:00:00.000Z');

    // Spring break cancels school OT on the 17th; the clinic appointment goes on, so no overlap.
    const holidayWeek = scheduleWeek(snapshot, [ot], '2026-03-16');
    expect(holidayWeek.occurrences.find((o) => o.sessionId === 's_ot')?.cancelled).toBe('Spring break');
    expect(holidayWeek.occurrences.find((o) => o.sessionId === 's_clinic')?.cancelled).toBeNull();
    expect(holidayWeek.conflicts.filter((c) => c.kind === 'overlap')).toEqual([]);

    // A cancelled date is an exception too.
    doc.setCancelled('s_clinic', '2026-03-24', 'cancelled');
    expect(scheduleWeek(doc.snapshot(), [ot], '2026-03-23').conflicts.filter((c) => c.kind === 'overlap')).toEqual([]);
  });

  it('flags a service whose weekly minutes fall short of the plan, including in a holiday week', () => {
    expect(requiredWeeklyMinutes(ot)).toBe(90);
    expect(requiredWeeklyMinutes({ frequency: '2 × 30 min weekly', duration: '' })).toBe(60);
    expect(requiredWeeklyMinutes({ frequency: 'daily', duration: '20 minutes' })).toBe(100);
    expect(requiredWeeklyMinutes({ frequency: 'as needed', duration: '' })).toBeNull();
    // Minutes entered as a number win over whatever the sentences say.
    expect(requiredWeeklyMinutes({ ...ot, minutesPerWeek: 120 })).toBe(120);

    const doc = schedule([['s_ot', schoolOt, priya]], { '2026-03-17': 'Spring break' });
    const week = scheduleWeek(doc.snapshot(), [ot], '2026-03-09');
    const shortfall = week.conflicts.find((c) => c.kind === 'shortfall');
    expect(shortfall?.message).toBe('Occupational therapy: 45 of 90 required minutes scheduled this week (45 short).');
    expect(shortfall?.suggestions.length).toBeGreaterThan(0);
    expect(scheduleWeek(doc.snapshot(), [ot], '2026-03-16').conflicts.find((c) => c.kind === 'shortfall')?.message).toContain('0 of 90');

    doc.add('s_ot2', { ...schoolOt, start: '2026-02-05T09:00', rrule: 'FREQ=WEEKLY;BYDAY=TH' }, priya, '2026-01-05T00:00:00Z');
    expect(scheduleWeek(doc.snapshot(), [ot], '2026-03-09').conflicts.find((c) => c.kind === 'shortfall')).toBeUndefined();
  });

  it('claims no shortfall before a service begins or after it ends, and a part week its days’ share', () => {
    const doc = schedule([['s_ot', schoolOt, priya]]);
    const shortfallIn = (service: ServiceView, day: string) => scheduleWeek(doc.snapshot(), [service], day).conflicts.find((c) => c.kind === 'shortfall')?.message;
    const startsLater = { ...ot, startDate: '2026-03-18' };
    // The week of 9 March is wholly before the service begins: nothing is owed.
    expect(shortfallIn(startsLater, '2026-03-09')).toBeUndefined();
    // It begins on a Wednesday: five of the week's seven days, 64 of 90 minutes.
    expect(shortfallIn(startsLater, '2026-03-16')).toBe('Occupational therapy: 45 of 64 required minutes scheduled this week (19 short).');
    expect(shortfallIn({ ...ot, endDate: '2026-03-01' }, '2026-03-09')).toBeUndefined();
    expect(shortfallIn(ot, '2026-03-09')).toContain('45 of 90');
  });

  it('catches travel time, protected instruction and an overloaded day', () => {
    const doc = schedule([
      ['s_ot', schoolOt, priya],
      ['s_clinic', { ...clinic, start: '2026-03-10T16:00' }, chen],
      ['s_math', { kind: 'protected', title: 'Core math', start: '2026-01-05T09:00', minutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, dana],
      ['s_speech', { kind: 'school_service', title: 'Speech', start: '2026-03-10T09:30', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=TU' }, priya],
      ['s_pt', { kind: 'school_service', title: 'PT', start: '2026-03-10T13:00', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=TU' }, priya],
    ]);
    const kinds = scheduleWeek(doc.snapshot(), [], '2026-03-10').conflicts.map((c) => c.kind).sort();
    expect(kinds).toEqual(['day_load', 'protected', 'travel']);
  });

  it('suggests only slots that are truly free: moving there leaves that session with no conflict', () => {
    const doc = schedule([
      ['s_ot', schoolOt, priya],
      ['s_clinic', clinic, chen],
      ['s_math', { kind: 'protected', title: 'Core math', start: '2026-01-05T09:00', minutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, dana],
      ['s_lunch', { kind: 'home', title: 'Swim lesson', start: '2026-03-09T16:00', minutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE' }, dana],
      ['s_speech', { kind: 'school_service', title: 'Speech', start: '2026-03-11T13:00', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=WE' }, priya],
    ], { '2026-03-13': 'Teacher work day' });
    doc.updateSettings({ maxSessionsPerDay: 2 });
    const week = scheduleWeek(doc.snapshot(), [], '2026-03-09');
    const overlap = week.conflicts.find((c) => c.kind === 'overlap')!;
    expect(overlap.suggestions.length).toBeGreaterThan(1);
    for (const slot of overlap.suggestions) {
      expect(slot.date).not.toBe('2026-03-13');
      const moved = schedule([]);
      for (const session of doc.list()) {
        const input = { ...session, start: session.id === slot.sessionId ? joinLocalStart(slot.date, slot.start) : session.start, rrule: session.id === slot.sessionId ? '' : session.rrule };
        moved.add(session.id, input, session.createdBy, session.createdAt);
      }
      moved.updateSettings({ maxSessionsPerDay: 2 });
      moved.setHoliday('2026-03-13', 'Teacher work day');
      const after = scheduleWeek(moved.snapshot(), [], '2026-03-09');
      const stillInvolved = after.conflicts.filter((c) => c.sessionIds.includes(slot.sessionId) && c.kind !== 'shortfall');
      expect(stillInvolved, `${slot.sessionId} at ${slot.date} ${slot.start}`).toEqual([]);
    }
  });

  it('keeps a conflict the team accepted, with its note, and suggests nothing for it', () => {
    const doc = schedule([['s_ot', schoolOt, priya], ['s_clinic', clinic, chen]]);
    const key = scheduleWeek(doc.snapshot(), [], '2026-03-10').conflicts[0]!.key;
    doc.setAccepted(key, 'Clinic runs late on purpose this month', dana, '2026-03-09T12:00:00Z');
    const conflict = scheduleWeek(doc.snapshot(), [], '2026-03-17').conflicts[0]!;
    expect(conflict.accepted?.note).toBe('Clinic runs late on purpose this month');
    expect(conflict.suggestions).toEqual([]);
    expect(findConflicts({ occurrences: [], weekStart: '2026-03-09', settings: doc.snapshot().settings, holidays: {}, services: [], accepted: {} })).toEqual([]);
  });
});
