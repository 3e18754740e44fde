import { describe, expect, it } from 'vitest';
import { serviceLogTotals, type ServiceLogEntry } from '../../shared/serviceLog';
import { sessionMinutes } from '../../shared/serviceMinutes';

const delivered = (date: string, minutes = 30): ServiceLogEntry => ({
  id: `e_${date}`,
  serviceId: 'svc_speech',
  date,
  minutes,
  status: 'delivered',
  makeUpFor: null,
  note: '',
  recordedBy: 'u_priya',
  recordedByName: 'Priya Nair',
  recordedAt: `${date}T15:00:00Z`,
});

const weekRows = (totals: ReturnType<typeof serviceLogTotals>) => totals.weeks.map((week) => [week.weekStart, week.requiredMinutes, week.outsideService]);

describe('minutes the plan requires over a period of the service log', () => {
  it('requires nothing for the days before a service began mid-period, and a part week by its days', () => {
    // Speech, 60 min a week from Thursday 1 October, reported for September and October.
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-10-01' }, [delivered('2026-10-06'), delivered('2026-10-08')], 60, '2026-09-01', '2026-10-31');
    // 31 days of October, not the 61 days of the period.
    expect(totals.period).toMatchObject({ requiredMinutes: 266, deliveredMinutes: 60, outsideService: null });
    expect(totals.requiredWeeklyMinutes).toBe(60);
    expect(totals.serviceSpan).toEqual({ from: '2026-10-01', to: null });
    expect(weekRows(totals)).toEqual([
      ['2026-08-31', 0, 'before_start'],
      ['2026-09-07', 0, 'before_start'],
      ['2026-09-14', 0, 'before_start'],
      ['2026-09-21', 0, 'before_start'],
      // Thursday to Sunday: 4 of the week's 7 days.
      ['2026-09-28', 34, null],
      ['2026-10-05', 60, null],
      ['2026-10-12', 60, null],
      ['2026-10-19', 60, null],
      // The period ends on Saturday 31 October: 6 of the week's days.
      ['2026-10-26', 51, null],
    ]);
  });

  it('requires nothing for the days after a service ended mid-period', () => {
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-09-01', endDate: '2026-10-14' }, [], 60, '2026-10-01', '2026-10-31');
    // 1 to 14 October: two weeks' minutes.
    expect(totals.period).toMatchObject({ requiredMinutes: 120, outsideService: null });
    expect(weekRows(totals)).toEqual([
      // The period opens on Thursday 1 October: 4 of the week's days.
      ['2026-09-28', 34, null],
      ['2026-10-05', 60, null],
      // Monday to Wednesday: 3 of the week's 7 days.
      ['2026-10-12', 26, null],
      ['2026-10-19', 0, 'after_end'],
      ['2026-10-26', 0, 'after_end'],
    ]);
  });

  it('requires nothing over a period wholly before the service began, so no week falls short', () => {
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-10-01' }, [], 60, '2026-09-01', '2026-09-30');
    expect(totals.period).toMatchObject({ requiredMinutes: 0, deliveredMinutes: 0, outsideService: 'before_start' });
    expect(totals.weeks.every((week) => week.requiredMinutes === 0 && week.outsideService === 'before_start')).toBe(true);
    expect(totals.requiredWeeklyMinutes).toBe(60);
  });

  it('requires nothing over a period wholly after the service ended', () => {
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-09-01', endDate: '2026-09-30' }, [], 60, '2026-10-01', '2026-10-31');
    expect(totals.period).toMatchObject({ requiredMinutes: 0, outsideService: 'after_end' });
  });

  it('counts every day of the period, as before, when the service sets no start or end date', () => {
    const unbounded = [{ id: 'svc_speech', startDate: '' }, { id: 'svc_speech', startDate: '', endDate: '' }, { id: 'svc_speech' }];
    for (const service of unbounded) {
      const totals = serviceLogTotals(service, [delivered('2026-09-02')], 60, '2026-09-01', '2026-10-31');
      // 61 days: 60 × 61 / 7.
      expect(totals.period).toMatchObject({ requiredMinutes: 523, deliveredMinutes: 30, outsideService: null });
      // Whole weeks owe the weekly minutes; the weeks the period cuts (Tuesday to Sunday,
      // Monday to Saturday) owe their 6 days' share.
      expect(totals.weeks.map((week) => week.requiredMinutes)).toEqual([51, 60, 60, 60, 60, 60, 60, 60, 51]);
      expect(totals.weeks.every((week) => week.outsideService === null)).toBe(true);
      expect(totals.serviceSpan).toEqual({ from: null, to: null });
    }
  });

  it('reads a date that is no calendar day as no bound', () => {
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-02-30', endDate: 'next spring' }, [], 60, '2026-09-01', '2026-10-31');
    expect(totals.period.requiredMinutes).toBe(523);
    expect(totals.serviceSpan).toEqual({ from: null, to: null });
  });

  it('still says nothing of the minutes when the plan does not give them', () => {
    const totals = serviceLogTotals({ id: 'svc_speech', startDate: '2026-10-01' }, [], null, '2026-09-01', '2026-10-31');
    expect(totals.period.requiredMinutes).toBeNull();
    expect(totals.requiredWeeklyMinutes).toBeNull();
    expect(weekRows(totals).slice(3, 5)).toEqual([
      ['2026-09-21', null, 'before_start'],
      ['2026-09-28', null, null],
    ]);
  });
});

describe('one session’s length, offered when a session is logged', () => {
  it('reads the duration as people write it, and nothing from a weekly total', () => {
    expect(sessionMinutes({ duration: '45 min' })).toBe(45);
    expect(sessionMinutes({ duration: '1 hour' })).toBe(60);
    expect(sessionMinutes({ duration: '1 h 30 min' })).toBe(90);
    expect(sessionMinutes({ duration: '120 minutes weekly' })).toBeNull();
    expect(sessionMinutes({ duration: '30 minutes a week' })).toBeNull();
    expect(sessionMinutes({ duration: 'As needed' })).toBeNull();
    expect(sessionMinutes({ duration: '' })).toBeNull();
    expect(sessionMinutes({ duration: '0 min' })).toBeNull();
  });
});
