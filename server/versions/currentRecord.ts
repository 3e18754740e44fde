import { clampText, fieldLimits } from '../../shared/schema/limits';
import type { ExportMeeting, ExportStudent, TeamMember } from '../export/ExportInput';
import type { Services } from '../services';
import type { RecordedTranslation } from '../translations/TranslationRepository';

/** What a version freezes besides the plan, read from the workspace as it is now. */
export interface CurrentRecord {
  readonly student: ExportStudent;
  readonly team: readonly TeamMember[];
  readonly meetings: readonly ExportMeeting[];
  readonly timeZone: string;
  /** Present only when the plan has translations, so a record without them reads as before. */
  readonly translations?: readonly RecordedTranslation[];
}

const short = (value: string) => clampText(value, fieldLimits.shortValue);

/** The student as covers show them: the workspace's name and grade, the school from the plan's student record. */
export async function currentStudent(services: Services, workspaceId: string): Promise<ExportStudent> {
  const row = await services.workspaces.student(workspaceId);
  // The plan's student record names the school; the workspace's older free-text field stands in when it does not.
  const record = (await services.documents.readPlan(workspaceId)).student;
  return { name: short(row.studentName), gradeOrBirthDate: short(row.gradeOrBirthDate), school: short(record.school.trim() || row.school) };
}

/**
 * The student record, the team (names, roles, settings), every meeting with its content, and
 * the workspace's time zone, and the plan's translations of record. A draft export shows this
 * live; proposing a version freezes it.
 */
export async function currentRecord(services: Services, workspaceId: string, options: { meetings?: boolean } = {}): Promise<CurrentRecord> {
  const { workspaces, meetings, documents } = services;
  const meetingList: ExportMeeting[] = [];
  for (const meeting of options.meetings === false ? [] : await meetings.list(workspaceId)) {
    meetingList.push({ meeting, content: await documents.readMeeting(workspaceId, meeting.id) });
  }
  const translations = (await services.translations.list(workspaceId)).map(({ sourceHash: _hash, ...recorded }) => recorded);
  return {
    ...(translations.length > 0 ? { translations } : {}),
    student: await currentStudent(services, workspaceId),
    team: (await workspaces.members(workspaceId))
      // What each member covers at meetings is part of what the team was, so it is frozen too.
      .map((member) => ({ userId: member.userId, displayName: short(member.displayName), role: member.role, setting: member.setting, covers: member.covers })),
    meetings: meetingList,
    timeZone: await workspaces.timeZone(workspaceId),
  };
}
