import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultIepAgeRules } from '../../shared/iepDates';
import { planDoc, ScheduleDoc, type Author } from '../../shared/schema';
import { reminderEvents, type WorkspaceDay } from '../../server/reminders/reminderEvents';

const priya: Author = { userId: 'u_priya', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const dana: Author = { userId: 'u_dana', name: 'Dana Ortiz', role: 'case_manager', setting: 'school' };

function day(today: string, minute: number, annualReviewDue = ''): WorkspaceDay {
  const plan = planDoc(new Y.Doc());
  if (annualReviewDue) plan.dates.update({ annualReviewDue });
  const schedule = new ScheduleDoc(new Y.Doc());
  schedule.add('s_ot', { kind: 'school_service', title: 'School OT', serviceId: 'svc', start: '2026-03-03T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' }, priya, '2026-03-01T00:00:00Z');
  return {
    workspaceId: 'w1',
    timeZone: 'America/Chicago',
    today,
    minute,
    members: [{ userId: dana.userId, role: 'case_manager' }, { userId: priya.userId, role: 'school_therapist' }, { userId: 'u_alex', role: 'parent' }],
    meetings: [],
    schedule: schedule.snapshot(),
    plan: plan.snapshot(),
    serviceLog: [],
    rules: defaultIepAgeRules,
  };
}

describe('what the reminder job reminds of', () => {
  it('reminds of today’s sessions only by day, and only of those still to come', () => {
    const kinds = (minute: number) => reminderEvents(day('2026-03-10', minute)).filter((e) => e.kind === 'session_today').flatMap((e) => e.recipients).sort();
    expect(kinds(5 * 60 + 59)).toEqual([]);
    expect(kinds(6 * 60)).toEqual(['u_alex', 'u_priya']);
    expect(kinds(15 * 60)).toEqual([]);
    expect(reminderEvents(day('2026-03-11', 9 * 60)).filter((e) => e.kind === 'session_today')).toEqual([]);
  });

  it('reminds the case manager of a plan date a month ahead, a week ahead and on the day, each once', () => {
    const step = (today: string) => reminderEvents(day(today, 9 * 60, '2026-04-30')).filter((e) => e.kind === 'plan_date_due').map((e) => [e.key, e.recipients]);
    expect(step('2026-03-30')).toEqual([]);
    expect(step('2026-03-31')).toEqual([['due:annualReview:2026-04-30:30', ['u_dana']]]);
    expect(step('2026-04-22')).toEqual([['due:annualReview:2026-04-30:30', ['u_dana']]]);
    expect(step('2026-04-23')).toEqual([['due:annualReview:2026-04-30:7', ['u_dana']]]);
    expect(step('2026-04-30')).toEqual([['due:annualReview:2026-04-30:0', ['u_dana']]]);
    expect(step('2026-05-04')).toEqual([['due:annualReview:2026-04-30:0', ['u_dana']]]);
  });
});
