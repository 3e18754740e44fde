import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../shared/timeZone';
import { compareStudentNames } from '../../server/workspaces/studentOrder';

describe('time zone names', () => {
  it('accepts the zones a school picks from the list, and UTC', () => {
    for (const zone of ['America/Chicago', 'Europe/Madrid', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isTimeZone(zone)).toBe(true);
  });

  it('accepts names the runtime knows only as aliases of a listed zone', () => {
    // The canonical list holds Asia/Calcutta and America/Chicago; these other spellings are still valid zones.
    for (const zone of ['Asia/Kolkata', 'US/Central', 'Etc/UTC']) expect(isTimeZone(zone)).toBe(true);
  });

  it('refuses names that are no zone, and anything too long or not a name', () => {
    for (const value of ['Mars/Olympus', 'America/Nowhere', '', 'America/Chicago; DROP', 'A'.repeat(65), 42, null]) expect(isTimeZone(value)).toBe(false);
  });
});

describe('student order', () => {
  it('reads names as a person does: case and accents aside, numbers by value', () => {
    const names = ['élodie', 'Zoe', 'anna 10', 'Anna 9', 'Bruno'].map((studentName, i) => ({ studentName, id: `w${i}` }));
    expect(names.sort(compareStudentNames).map((s) => s.studentName)).toEqual(['Anna 9', 'anna 10', 'Bruno', 'élodie', 'Zoe']);
  });
});
