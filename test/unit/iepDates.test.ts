import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dueItems } from '../../shared/caseloadDue';
import {
  addYears,
  ageOn,
  annualReviewDue,
  progressReportDates,
  reevaluationDue,
  todayIn,
  transferOfRightsNoticeDue,
  transferOfRightsRequired,
  transitionRequired,
} from '../../shared/iepDates';
import { planDoc } from '../../shared/schema';

describe('annual review and re-evaluation', () => {
  it('is due one year after the meeting, never after the anniversary across a leap day', () => {
    expect(annualReviewDue('2025-03-04')).toBe('2026-03-04');
    expect(annualReviewDue('2024-02-29')).toBe('2025-02-28');
    expect(annualReviewDue('2023-02-28')).toBe('2024-02-28');
    expect(annualReviewDue('2023-03-01')).toBe('2024-03-01');
    expect(annualReviewDue('2025-02-30')).toBeNull();
  });

  it('re-evaluates three years after the last evaluation, a leap day landing on 28 February', () => {
    expect(reevaluationDue('2024-02-29')).toBe('2027-02-28');
    expect(reevaluationDue('2021-09-15')).toBe('2024-09-15');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('reads an entered due date later than the law allows as the legal limit, and an earlier one as entered', () => {
    const plan = planDoc(new Y.Doc());
    plan.dates.update({ meetingDate: '2024-02-29', annualReviewDue: '2025-06-01' });
    expect(plan.dates.get().annualReviewDue).toBe('2025-02-28');
    plan.dates.update({ annualReviewDue: '2025-01-15' });
    expect(plan.dates.get().annualReviewDue).toBe('2025-01-15');
    expect(plan.dates.update({ startDate: 'next week' })).toBe(false);
    expect(plan.dates.get().startDate).toBe('');
  });

  it('uses the eligibility date as the last evaluation when none later is recorded', () => {
    const plan = planDoc(new Y.Doc());
    plan.student.update({ eligibilityDate: '2022-05-10' });
    expect(plan.snapshot().dates.reevaluationDue).toBe('2025-05-10');
    plan.dates.update({ lastEvaluationDate: '2024-01-20' });
    expect(plan.snapshot().dates.reevaluationDue).toBe('2027-01-20');
  });
});

describe('today in a time zone', () => {
  // 05:30 UTC on 1 March 2025 is still 28 February in Los Angeles and already 1 March in Tokyo.
  const instant = new Date('2025-03-01T05:30:00Z');

  it('gives the calendar day where the school is', () => {
    expect(todayIn('America/Los_Angeles', instant)).toBe('2025-02-28');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2025-03-01');
    expect(todayIn('UTC', instant)).toBe('2025-03-01');
  });

  it('flags a review due 28 February overdue in Tokyo and not yet in Los Angeles', () => {
    const plan = planDoc(new Y.Doc());
    plan.dates.update({ meetingDate: '2024-02-29', startDate: '2024-03-01', endDate: '2025-02-28' });
    const snapshot = plan.snapshot();
    const review = (zone: string) => dueItems(snapshot, todayIn(zone, instant)).find((item) => item.kind === 'annualReview');
    expect(review('America/Los_Angeles')).toMatchObject({ due: '2025-02-28', overdue: false, daysLeft: 0 });
    expect(review('Asia/Tokyo')).toMatchObject({ due: '2025-02-28', overdue: true, daysLeft: -1 });
  });

  it('lists overdue dates first, then the soonest', () => {
    const plan = planDoc(new Y.Doc());
    plan.student.update({ eligibilityDate: '2022-09-01' });
    plan.dates.update({ meetingDate: '2024-10-01', startDate: '2024-10-01', endDate: '2025-09-30' });
    const items = dueItems(plan.snapshot(), '2025-09-10');
    expect(items.map((item) => [item.kind, item.overdue])).toEqual([
      ['reevaluation', true],
      ['annualReview', false],
    ]);
  });
});

describe('age, transition and transfer of rights', () => {
  it('lists the age milestones only once they are within two years, not from the child’s birth', () => {
    const plan = planDoc(new Y.Doc());
    plan.student.update({ dateOfBirth: '2019-12-07' });
    const kinds = (today: string) => dueItems(plan.snapshot(), today).map((item) => item.kind);
    // A seven-year-old: transition planning at 15, the notice at 17. Neither is a task yet.
    expect(kinds('2026-12-07')).toEqual([]);
    // Two years before transition planning is due, it reaches the list; the notice follows later.
    expect(kinds('2032-12-07')).toEqual(['transition']);
    expect(kinds('2035-01-07')).toEqual(['transition', 'transferOfRights']);
  });

  it('counts age in whole years, a leap-day birthday turning over on 28 February', () => {
    expect(ageOn('2010-02-28', '2026-02-27')).toBe(15);
    expect(ageOn('2010-02-28', '2026-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2025-02-27')).toBe(16);
    expect(ageOn('2030-01-01', '2025-01-01')).toBeNull();
  });

  it('requires transition exactly from the IEP in effect when the child turns the configured age', () => {
    const dob = '2010-06-15';
    // Ends the day before the 16th birthday: not yet.
    expect(transitionRequired(dob, '2025-06-15', '2026-06-14')).toBe(false);
    // In effect on the birthday: required.
    expect(transitionRequired(dob, '2025-06-16', '2026-06-15')).toBe(true);
    // A state that starts at 14.
    expect(transitionRequired(dob, '2023-09-01', '2024-06-14', { transitionAge: 14, majorityAge: 18 })).toBe(false);
    expect(transitionRequired(dob, '2023-09-01', '2024-06-15', { transitionAge: 14, majorityAge: 18 })).toBe(true);
    // No end date: the IEP runs a year less a day from its start.
    expect(transitionRequired(dob, '2025-06-16', '')).toBe(true);
    expect(transitionRequired(dob, '2025-06-15', '')).toBe(false);
  });

  it('places the transfer-of-rights notice one year before majority', () => {
    expect(transferOfRightsNoticeDue('2008-02-29')).toBe('2025-02-28');
    expect(transferOfRightsNoticeDue('2008-05-01', { transitionAge: 16, majorityAge: 19 })).toBe('2026-05-01');
    expect(transferOfRightsRequired('2008-05-01', '2024-05-02', '2025-04-30')).toBe(false);
    expect(transferOfRightsRequired('2008-05-01', '2024-05-02', '2025-05-01')).toBe(true);
  });
});

describe('progress report dates', () => {
  it('follows the most frequent schedule among the goals within the IEP', () => {
    expect(progressReportDates('2025-09-01', '2026-08-31', ['With each report card (quarterly)', 'Twice a year'])).toEqual([
      '2025-12-01',
      '2026-03-01',
      '2026-06-01',
    ]);
    expect(progressReportDates('2025-01-31', '2025-06-30', ['Monthly'])).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30']);
    expect(progressReportDates('2025-09-01', '2026-08-31', ['whenever'])).toEqual([]);
  });
});
