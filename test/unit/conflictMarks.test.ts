import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ScheduleDoc, type Author, type ScheduleSessionInput } from '../../shared/schema';
import { scheduleWeek } from '../../shared/scheduleWeek';
import { conflictMarks } from '../../client/schedule/conflictMarks';

const sam: Author = { userId: 'u1', name: 'Sam Lee', role: 'teacher', setting: 'school' };
const priya: Author = { userId: 'u2', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const chen: Author = { userId: 'u3', name: 'Dr. Chen', role: 'clinical_therapist', setting: 'clinic' };

// The week of Monday 13 April 2026.
const reading: ScheduleSessionInput = { kind: 'protected', title: 'Reading block', start: '2026-04-13T08:30', minutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' };
// In the reading block on Tuesday, after it on Friday.
const speechTuesday: ScheduleSessionInput = { kind: 'school_service', title: 'Speech', serviceId: 'svc_speech', start: '2026-04-14T09:30', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
const speechFriday: ScheduleSessionInput = { kind: 'school_service', title: 'Speech', serviceId: 'svc_speech', start: '2026-04-17T11:00', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=FR' };
// School OT and clinic OT every Thursday, 15 minutes apart; on Mondays only school OT, alone.
const schoolOt: ScheduleSessionInput = { kind: 'school_service', title: 'School OT', serviceId: 'svc_ot', start: '2026-04-13T14:45', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=MO,TH' };
const clinicOt: ScheduleSessionInput = { kind: 'clinic', title: 'Clinic OT', start: '2026-04-16T15:45', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TH' };

function marksOf(sessions: [string, ScheduleSessionInput, Author][], accepted: (keys: string[]) => string[] = () => []): string[] {
  const doc = new ScheduleDoc(new Y.Doc());
  for (const [id, input, author] of sessions) doc.add(id, input, author, '2026-04-01T00:00:00Z');
  const before = scheduleWeek(doc.snapshot(), [], '2026-04-15');
  for (const key of accepted(before.conflicts.map((c) => c.key))) doc.setAccepted(key, 'The team agreed', sam, '2026-04-01T00:00:00Z');
  const snapshot = doc.snapshot();
  const week = scheduleWeek(snapshot, [], '2026-04-15');
  return [...conflictMarks(week.occurrences, week.conflicts, snapshot.settings.travelBufferMinutes)].sort();
}

/** Which blocks of the week are drawn as in conflict: where the conflict happens, not every day its series is on. */
describe('conflict marks on the week', () => {
  it('marks a repeating block only on the day something falls in it', () => {
    expect(marksOf([['reading', reading, sam], ['speech_tue', speechTuesday, priya], ['speech_fri', speechFriday, priya]])).toEqual(['reading@2026-04-14', 'speech_tue@2026-04-14']);
  });

  it('marks both sides of too little travel time on the day it is short, not the same session on another day', () => {
    expect(marksOf([['school_ot', schoolOt, priya], ['clinic_ot', clinicOt, chen]])).toEqual(['clinic_ot@2026-04-16', 'school_ot@2026-04-16']);
  });

  it('leaves a conflict the team accepted unmarked', () => {
    expect(marksOf([['school_ot', schoolOt, priya], ['clinic_ot', clinicOt, chen]], (keys) => keys)).toEqual([]);
  });
});
