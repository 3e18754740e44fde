import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { exportExtensions, type ExportFormat } from './formatNames';

/**
 * A download name that says what the file is without naming the child: a file name travels
 * further than the file (mail subjects, download lists), so the student's name stays inside.
 */
export function planFileName(input: PlanExportInput, format: ExportFormat): string {
  const which = input.version ? `version-${input.version.number}` : 'draft';
  return `iep-plan-${which}.${exportExtensions[format]}`;
}

export function meetingFileName(input: MeetingExportInput, format: ExportFormat): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(input.meeting.startsAt)?.[0] ?? 'undated';
  return `meeting-notes-${date}.${exportExtensions[format]}`;
}
