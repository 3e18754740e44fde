import type { SignatureView, VersionView } from '../../shared/api';
import { signatureDecisionLabels } from '../../shared/api';
import { meetingKindLabels, type AttendanceMode, type AttendanceView } from '../../shared/schema';
import type { ExportMeeting, TeamMember } from './ExportInput';
import type { Block, Cell, FieldRow, Run } from './outline';
import { decisionItems } from './planSections';
import { cleanLine, cleanText, formatDate, formatDateTime, roleLabel } from './text';

/** The plan's record of its meetings (attendance, decisions) and its signature page. */

export const attendanceModeLabels: Record<AttendanceMode, string> = {
  in_person: 'In person',
  remote: 'Remotely',
  absent: 'Absent',
};

export function attendanceTable(attendance: readonly AttendanceView[]): Block {
  if (attendance.length === 0) {
    return { kind: 'paragraph', runs: [{ text: 'Attendance was not recorded.', muted: true, italic: true }] };
  }
  return {
    kind: 'table',
    columns: [
      { label: 'Name', width: 0.4 },
      { label: 'Role', width: 0.35 },
      { label: 'Took part', width: 0.25 },
    ],
    rows: attendance.map((record): Cell[] => [
      [[{ text: cleanLine(record.name) || 'Name not recorded' }]],
      [[{ text: roleLabel(record.role) }]],
      [[{ text: attendanceModeLabels[record.mode], bold: record.mode !== 'absent', muted: record.mode === 'absent' }]],
    ]),
  };
}

/** "IEP meeting, March 4, 2025": the kind and the date, with the title when it says more. */
export function meetingHeading(entry: ExportMeeting, timeZone: string): string {
  const kind = meetingKindLabels[entry.meeting.kind];
  const title = cleanLine(entry.meeting.title);
  const date = formatDate(entry.meeting.startsAt || entry.content.startsAt, timeZone);
  const name = title && title.toLowerCase() !== kind.toLowerCase() ? `${kind}: ${title}` : kind;
  return date ? `${name}, ${date}` : name;
}

export function meetingsBlocks(meetings: readonly ExportMeeting[], timeZone: string): Block[] {
  if (meetings.length === 0) {
    return [{ kind: 'paragraph', runs: [{ text: 'No meetings have been recorded yet.', muted: true, italic: true }] }];
  }
  const ordered = [...meetings].sort(
    (a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt) || a.meeting.id.localeCompare(b.meeting.id),
  );
  const blocks: Block[] = [];
  for (const entry of ordered) {
    blocks.push({ kind: 'heading', level: 3, text: meetingHeading(entry, timeZone) });
    blocks.push(attendanceTable(entry.content.attendance));
    if (entry.content.decisions.length > 0) {
      blocks.push({ kind: 'paragraph', runs: [{ text: 'Decisions', bold: true }] });
      blocks.push({ kind: 'list', ordered: true, items: decisionItems(entry.content.decisions, timeZone) });
    }
  }
  return blocks;
}

function signatureStatus(signature: SignatureView | undefined): Run[] {
  if (!signature) return [{ text: 'Not signed yet', muted: true, italic: true }];
  return [{ text: signatureDecisionLabels[signature.decision], bold: true }];
}

const methodLabels: Record<string, string> = {
  password: 'Password re-entered when signing',
  recent_sign_in: 'Signed in with password within 15 minutes before signing',
};

function signatureBlocks(signature: SignatureView, version: VersionView, timeZone: string): Block[] {
  const statement = cleanText(signature.statement).trim();
  const typed = cleanLine(signature.typedName);
  const affirmation = cleanLine(signature.affirmation);
  const rows: FieldRow[] = [
    { label: 'Name', value: [{ text: cleanLine(signature.name) }] },
    { label: 'Role', value: [{ text: roleLabel(signature.role) }] },
    { label: 'Decision', value: [{ text: signatureDecisionLabels[signature.decision], bold: true }] },
  ];
  if (typed) rows.push({ label: 'Name typed', value: [{ text: typed }] });
  if (affirmation) rows.push({ label: 'Statement confirmed', value: [{ text: affirmation }] });
  rows.push(
    { label: 'Comment', value: statement ? [{ text: statement }] : [{ text: 'No comment', muted: true, italic: true }] },
    { label: 'Signed', value: [{ text: formatDateTime(signature.signedAt, signature.timeZone || timeZone) }] },
  );
  const method = methodLabels[signature.method];
  if (method) rows.push({ label: 'Identity confirmed', value: [{ text: method }] });
  rows.push({ label: 'Version fingerprint signed', value: [{ text: cleanLine(signature.versionHash) }] });
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${cleanLine(signature.name)}, ${roleLabel(signature.role)}` },
    { kind: 'fields', rows },
  ];
  // A signature only counts for the exact version it names; say so if it names another.
  if (signature.versionHash !== version.hash) {
    blocks.push({
      kind: 'notice',
      runs: [{ text: 'This signature names a different version fingerprint than this copy.', bold: true }],
    });
  }
  return blocks;
}

export function signaturesBlocks(version: VersionView | null, team: readonly TeamMember[], timeZone: string): Block[] {
  if (!version) {
    return [
      {
        kind: 'notice',
        runs: [
          { text: 'Not signed: this is a draft.', bold: true },
          { text: ' Team members sign a frozen version of the plan once the team agrees on it.' },
        ],
      },
    ];
  }
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [
        { text: `Each signature below applies to version ${version.number} only: document code ` },
        { text: cleanLine(version.documentCode), bold: true },
        { text: ', in full the SHA-256 fingerprint ' },
        { text: cleanLine(version.hash), bold: true },
        { text: '. Every new version has a new code, even when the plan itself did not change.' },
      ],
    },
  ];
  const byUser = new Map(version.signatures.map((signature) => [signature.userId, signature]));
  const members = new Map(team.map((member) => [member.userId, member]));
  if (version.requiredSigners.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Who needs to sign' });
    blocks.push({
      kind: 'table',
      columns: [
        { label: 'Name', width: 0.3 },
        { label: 'Role', width: 0.25 },
        { label: 'Decision', width: 0.2 },
        { label: 'Signed', width: 0.25 },
      ],
      rows: version.requiredSigners.map((userId): Cell[] => {
        const signature = byUser.get(userId);
        const member = members.get(userId);
        const name = cleanLine(signature?.name ?? member?.displayName ?? '') || 'Former team member';
        const role = signature?.role ?? member?.role ?? null;
        return [
          [[{ text: name }]],
          [[{ text: roleLabel(role) }]],
          [signatureStatus(signature)],
          [signature ? [{ text: formatDateTime(signature.signedAt, timeZone) }] : [{ text: '—', muted: true }]],
        ];
      }),
    });
  }
  if (version.signatures.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Nobody has signed this version yet.', muted: true, italic: true }] });
  }
  for (const signature of version.signatures) blocks.push(...signatureBlocks(signature, version, timeZone));
  return blocks;
}
