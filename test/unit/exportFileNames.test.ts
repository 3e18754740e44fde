import { describe, expect, it } from 'vitest';
import { initials, planYear } from '../../server/export/fileNames';
import { formatDate, formatDateTime } from '../../server/export/text';

describe('file names and local times', () => {
  it('names the file by initials, plan year and version, never by the child’s name', () => {
    expect(initials('Leo Park')).toBe('LP');
    expect(initials('Nguyễn Thị Hoa')).toBe('NH');
    expect(initials('李明')).toBe('');
    expect(planYear(new Date('2026-09-01T12:00:00Z'), 'UTC')).toBe('2026-27');
    expect(planYear(new Date('2027-03-01T12:00:00Z'), 'UTC')).toBe('2026-27');
    // Midnight UTC on July 1 is still June 30 in Chicago: the previous school year.
    expect(planYear(new Date('2026-07-01T03:00:00Z'), 'America/Chicago')).toBe('2025-26');
  });

  it('shows a time local to the workspace with its abbreviation, and a date without time as that date', () => {
    expect(formatDateTime('2026-12-04T00:30:00.000Z', 'America/Chicago')).toBe('December 3, 2026, 6:30 PM CST');
    expect(formatDateTime('2026-07-04T00:30:00.000Z', 'America/Chicago')).toBe('July 3, 2026, 7:30 PM CDT');
    expect(formatDate('2026-12-04T00:30:00.000Z', 'America/Chicago')).toBe('December 3, 2026');
    expect(formatDate('2026-12-04', 'Pacific/Auckland')).toBe('December 4, 2026');
    expect(formatDateTime('2026-12-04T00:30:00.000Z', 'UTC')).toBe('December 4, 2026, 12:30 AM UTC');
  });
});
