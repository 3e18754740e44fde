import type { Role } from '../../shared/roles';
import { exportWords, type ExportWords } from './exportWords';
import type { SignatureView, VersionView } from '../../shared/api';
import { type AttendanceMode, type AttendanceView } from '../../shared/schema';
import { meetingWords, type MeetingWords } from './meetingWords';
import type { ExportMeeting, TeamMember } from './ExportInput';
import type { Block, Cell, FieldRow, Run } from './outline';
import { decisionItems } from './planSections';
import { cleanLine, cleanText } from './text';
import { isKindTitle } from '../../shared/meetingTitle';

/** The plan's record of its meetings (attendance, decisions) and its signature page. */

const english = meetingWords('en');

export const attendanceModeLabels: Record<AttendanceMode, string> = english.modes;

export function attendanceTable(attendance: readonly AttendanceView[], w: MeetingWords = english): Block {
  const label = w.attendance;
  if (attendance.length === 0) {
    return { kind: 'paragraph', runs: [{ text: label.notRecorded, muted: true, italic: true }] };
  }
  return {
    kind: 'table',
    columns: [
      { label: label.name, width: 0.4 },
      { label: label.role, width: 0.35 },
      { label: label.tookPart, width: 0.25 },
    ],
    rows: attendance.map((record): Cell[] => [
      [[{ text: cleanLine(record.name) || label.nameMissing }]],
      [[{ text: w.role(record.role) }]],
      [[{ text: w.modes[record.mode], bold: record.mode !== 'absent', muted: record.mode === 'absent' }]],
    ]),
  };
}

/** "IEP meeting, March 4, 2025": the kind and the date, with the title when it says more. */
export function meetingHeading(entry: ExportMeeting, timeZone: string, w: MeetingWords = english): string {
  const kind = w.kinds[entry.meeting.kind];
  // A title that is only the kind's name, in any language, is not repeated after the kind.
  const title = isKindTitle(entry.meeting.title, entry.meeting.kind) ? '' : cleanLine(entry.meeting.title);
  const when = entry.meeting.startsAt || entry.content.startsAt;
  const date = when ? w.date(when, timeZone) : '';
  // A title that already names the kind ("Annual IEP meeting") is shown alone, not after it.
  const name = !title ? kind : title.toLowerCase().includes(kind.toLowerCase()) ? title : `${kind}: ${title}`;
  return date ? `${name}, ${date}` : name;
}

export function meetingsBlocks(meetings: readonly ExportMeeting[], timeZone: string, w: MeetingWords = english): Block[] {
  if (meetings.length === 0) {
    return [{ kind: 'paragraph', runs: [{ text: w.noMeetings, muted: true, italic: true }] }];
  }
  const ordered = [...meetings].sort(
    (a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt) || a.meeting.id.localeCompare(b.meeting.id),
  );
  const blocks: Block[] = [];
  for (const entry of ordered) {
    blocks.push({ kind: 'heading', level: 3, text: meetingHeading(entry, timeZone, w) });
    blocks.push(attendanceTable(entry.content.attendance, w));
    if (entry.content.decisions.length > 0) {
      blocks.push({ kind: 'paragraph', runs: [{ text: w.decisions, bold: true }] });
      blocks.push({ kind: 'list', ordered: true, items: decisionItems(entry.content.decisions, timeZone, w.plan) });
    }
  }
  return blocks;
}

function signatureStatus(signature: SignatureView | undefined, words: ExportWords): Run[] {
  if (!signature) return [{ text: words.signatures.notYet, muted: true, italic: true }];
  return [{ text: words.signatures.decisions[signature.decision], bold: true }];
}

function signatureBlocks(signature: SignatureView, version: VersionView, timeZone: string, words: ExportWords): Block[] {
  const label = words.signatures;
  const roleLabel = (role: Role | null) => (role ? words.roles[role] : words.roleMissing);
  const statement = cleanText(signature.statement).trim();
  const typed = cleanLine(signature.typedName);
  const affirmation = cleanLine(signature.affirmation);
  const rows: FieldRow[] = [
    { label: words.team.name, value: [{ text: cleanLine(signature.name) }] },
    { label: words.team.role, value: [{ text: roleLabel(signature.role) }] },
    { label: label.decision, value: [{ text: label.decisions[signature.decision], bold: true }] },
  ];
  // What the signer typed and confirmed is the record: printed as signed, in its own language.
  if (typed) rows.push({ label: label.nameTyped, value: [{ text: typed }] });
  if (affirmation) rows.push({ label: label.confirmed, value: [{ text: affirmation }] });
  rows.push(
    { label: label.comment, value: statement ? [{ text: statement }] : [{ text: label.noComment, muted: true, italic: true }] },
    { label: label.signed, value: [{ text: words.dateTime(signature.signedAt, signature.timeZone || timeZone) }] },
  );
  const method = label.methods[signature.method];
  if (method) rows.push({ label: label.identity, value: [{ text: method }] });
  rows.push({ label: label.fingerprint, value: [{ text: cleanLine(signature.versionHash) }] });
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${cleanLine(signature.name)}, ${roleLabel(signature.role)}` },
    { kind: 'fields', rows },
  ];
  // A signature only counts for the exact version it names; say so if it names another.
  if (signature.versionHash !== version.hash) {
    blocks.push({
      kind: 'notice',
      runs: [{ text: label.otherVersion, bold: true }],
    });
  }
  return blocks;
}

/** "Agreed at the annual review meeting on December 3, 2026", once the version is agreed and a meeting is linked. */
export function agreedAtLine(version: VersionView, timeZone: string, words: ExportWords): string | null {
  if (version.status !== 'agreed' || !version.agreedAt) return null;
  return words.cover.agreedAt(version.agreedAt.kind, words.date(version.agreedAt.startsAt, timeZone));
}

export function signaturesBlocks(version: VersionView | null, team: readonly TeamMember[], timeZone: string, words: ExportWords = exportWords('en')): Block[] {
  const label = words.signatures;
  const roleLabel = (role: Role | null) => (role ? words.roles[role] : words.roleMissing);
  if (!version) {
    return [
      {
        kind: 'notice',
        runs: [
          { text: label.notSigned, bold: true },
          { text: label.notSignedNote },
        ],
      },
    ];
  }
  const [before, between, after] = label.statement(version.number);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [
        { text: before },
        { text: cleanLine(version.documentCode), bold: true },
        { text: between },
        { text: cleanLine(version.hash), bold: true },
        { text: after },
      ],
    },
  ];
  const agreedAt = agreedAtLine(version, timeZone, words);
  if (agreedAt) blocks.push({ kind: 'paragraph', runs: [{ text: `${agreedAt}.`, bold: true }] });
  const byUser = new Map(version.signatures.map((signature) => [signature.userId, signature]));
  const members = new Map(team.map((member) => [member.userId, member]));
  if (version.requiredSigners.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: label.whoSigns });
    blocks.push({
      kind: 'table',
      columns: [
        { label: words.team.name, width: 0.3 },
        { label: words.team.role, width: 0.25 },
        { label: label.decision, width: 0.2 },
        { label: label.signed, width: 0.25 },
      ],
      rows: version.requiredSigners.map((userId): Cell[] => {
        const signature = byUser.get(userId);
        const member = members.get(userId);
        const name = cleanLine(signature?.name ?? member?.displayName ?? '') || label.formerMember;
        const role = signature?.role ?? member?.role ?? null;
        return [
          [[{ text: name }]],
          [[{ text: roleLabel(role) }]],
          [signatureStatus(signature, words)],
          [signature ? [{ text: words.dateTime(signature.signedAt, timeZone) }] : [{ text: '—', muted: true }]],
        ];
      }),
    });
  }
  if (version.signatures.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [{ text: label.nobody, muted: true, italic: true }] });
  }
  for (const signature of version.signatures) blocks.push(...signatureBlocks(signature, version, timeZone, words));
  return blocks;
}
