import { describe, expect, it } from 'vitest';
import { formatAgoIn, formatClockIn, formatDayIn, formatMomentIn, formatTimeIn, formatWeekdayIn } from '../../shared/i18n/dates';
import { instantOfWallClock, wallClockOf } from '../../shared/wallClock';

// 00:30 UTC on 5 December is still the evening of 4 December in Chicago.
const lateEvening = '2026-12-05T00:30:00.000Z';
const space = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('days and moments in the reader’s language and the workspace’s zone', () => {
  it('shows a calendar day as written, whatever the zone', () => {
    expect(formatDayIn('en', 'America/Chicago', '2026-03-04')).toBe('Mar 4, 2026');
    expect(formatDayIn('en', 'Asia/Tokyo', '2026-03-04')).toBe('Mar 4, 2026');
    expect(formatDayIn('es', 'America/Chicago', '2026-03-04')).toBe('4 mar 2026');
    expect(formatDayIn('es', 'America/Chicago', '2026-03-04', 'long')).toBe('4 de marzo de 2026');
    expect(formatDayIn('en', 'America/Chicago', '2026-03-04', 'short')).toBe('Mar 4');
  });

  it('puts an instant on the workspace’s calendar: the previous day in Chicago, the same in Madrid', () => {
    expect(formatDayIn('en', 'America/Chicago', lateEvening)).toBe('Dec 4, 2026');
    expect(formatDayIn('en', 'Europe/Madrid', lateEvening)).toBe('Dec 5, 2026');
    expect(formatDayIn('es', 'America/Chicago', lateEvening, 'long')).toBe('4 de diciembre de 2026');
  });

  it('writes a moment with its hour and the zone’s abbreviation in each language', () => {
    expect(space(formatMomentIn('en', 'America/Chicago', lateEvening))).toBe('Dec 4, 2026, 6:30 PM CST');
    expect(space(formatMomentIn('es', 'America/Chicago', lateEvening))).toMatch(/^4 dic 2026, 6:30 p\. ?m\. CST$/);
    expect(space(formatTimeIn('en', 'Europe/Madrid', lateEvening))).toBe('1:30 AM');
  });

  it('says how long ago in the reader’s language, then falls back to the day', () => {
    const now = new Date('2026-12-05T01:00:00.000Z');
    expect(formatAgoIn('en', 'America/Chicago', lateEvening, now)).toBe('30 minutes ago');
    expect(formatAgoIn('es', 'America/Chicago', lateEvening, now)).toBe('hace 30 minutos');
    expect(formatAgoIn('es', 'America/Chicago', '2026-12-04T00:30:00.000Z', now)).toBe('ayer');
    expect(formatAgoIn('en', 'America/Chicago', '2026-10-01T15:00:00.000Z', now)).toBe('Oct 1');
    expect(formatAgoIn('en', 'America/Chicago', '2025-10-01T15:00:00.000Z', now)).toBe('Oct 1, 2025');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatDayIn('en', 'America/Chicago', 'soon')).toBe('soon');
    expect(formatMomentIn('es', 'America/Chicago', '')).toBe('');
  });
});

describe('a meeting’s time set on the team’s clock', () => {
  it('reads and writes the wall clock of the workspace, not of the device', () => {
    expect(wallClockOf(lateEvening, 'America/Chicago')).toBe('2026-12-04T18:30');
    expect(instantOfWallClock('2026-12-04T18:30', 'America/Chicago')).toBe(lateEvening);
    expect(instantOfWallClock('2026-12-04T18:30', 'Europe/Madrid')).toBe('2026-12-04T17:30:00.000Z');
  });

  it('keeps the hour across daylight-saving time', () => {
    // Summer in Chicago is UTC−5, winter UTC−6.
    expect(instantOfWallClock('2026-07-01T09:00', 'America/Chicago')).toBe('2026-07-01T14:00:00.000Z');
    expect(instantOfWallClock('2026-11-02T09:00', 'America/Chicago')).toBe('2026-11-02T15:00:00.000Z');
    expect(wallClockOf('2026-07-01T14:00:00.000Z', 'America/Chicago')).toBe('2026-07-01T09:00');
  });

  it('refuses text that is not a date and time', () => {
    expect(instantOfWallClock('tomorrow at six', 'America/Chicago')).toBe('');
    expect(wallClockOf('', 'America/Chicago')).toBe('');
  });
});

describe('the child’s week in the reader’s language', () => {
  it('names days of the week and clock times per language', () => {
    expect(formatWeekdayIn('en', '2026-03-10')).toBe('Tue, Mar 10');
    expect(formatWeekdayIn('es', '2026-03-10', 'long')).toBe('martes');
    expect(formatClockIn('en', 15 * 60)).toBe('3:00 PM');
    expect(formatClockIn('es', 16 * 60 + 15)).toMatch(/^4:15 p\. ?m\.$/);
  });
});
