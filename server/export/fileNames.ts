import { localMoment } from '../../shared/timeZone';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { exportExtensions, type ExportFormat } from './formatNames';

/**
 * Download names say what the file is without naming the child: a file name travels further
 * than the file (mail subjects, download lists), so the student's name stays inside and only
 * their initials show, e.g. `IEP-LP-2026-27-v3.pdf`.
 */

/** "LP" from "Leo Park" (first and last name), ASCII letters only; '' when none. */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => (word.normalize('NFKD').replace(/\p{M}/gu, '')[0] ?? '').toUpperCase())
    .filter((letter) => /^[A-Z]$/.test(letter));
  if (letters.length <= 1) return letters.join('');
  return `${letters[0]}${letters[letters.length - 1]}`;
}

/** "2026-27": the school year (July to June) an instant falls in, in the workspace's zone. */
export function planYear(instant: Date, timeZone: string): string {
  const { year, month } = localMoment(instant, timeZone);
  const start = month >= 7 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function planFileName(input: Pick<PlanExportInput, 'student' | 'version' | 'timeZone'>, format: ExportFormat, now: Date = new Date()): string {
  const when = input.version ? new Date(input.version.proposedAt) : now;
  const which = input.version ? `v${input.version.number}` : 'draft';
  const parts = ['IEP', initials(input.student.name), planYear(Number.isNaN(when.getTime()) ? now : when, input.timeZone), which].filter(Boolean);
  return `${parts.join('-')}.${exportExtensions[format]}`;
}

export function meetingFileName(input: MeetingExportInput, format: ExportFormat): string {
  const startsAt = Date.parse(input.meeting.startsAt);
  let date = 'undated';
  if (!Number.isNaN(startsAt)) {
    const local = localMoment(new Date(startsAt), input.timeZone);
    date = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
  }
  return ['meeting-notes', initials(input.student.name), date].filter(Boolean).join('-') + `.${exportExtensions[format]}`;
}
