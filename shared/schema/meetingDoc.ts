import type * as Y from 'yjs';
import { ActionItems, type ActionItemView } from './actionItems';
import { Agenda, type AgendaItemView } from './agenda';
import { Attendance, type AttendanceView } from './attendance';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { Decisions, type DecisionView } from './decisions';
import { readEnum, readNumber, readString } from './read';
import type { RichTextNode } from './richText';
import { RichTextSection } from './richTextSection';
import { isMeetingKind, type MeetingKind } from './vocabulary';
import { meetingTeam, type ExcusalView, type GuestView, type MeetingTeam } from './meetingTeam';
import { schemaInitOrigin, writerFor, type SchemaOptions, type Writer } from './writer';

/** Root names of a meeting document (`<workspaceId>/meeting/<meetingId>`); see planRoots.ts. */
export const meetingRoots = {
  meta: 'meeting',
  agenda: 'agenda',
  attendance: 'attendance',
  notes: 'notes',
  decisions: 'decisions',
  actionItems: 'actionItems',
} as const;

export const meetingMetaKeys = {
  schemaVersion: 'schemaVersion',
  kind: 'kind',
  startsAt: 'startsAt',
  title: 'title',
} as const;

export const meetingSchemaVersion = 1;

export interface MeetingMetaView {
  readonly schemaVersion: number;
  readonly kind: MeetingKind;
  /** ISO date-time, or '' when not scheduled yet. */
  readonly startsAt: string;
  /** The team's name for the meeting, or '' when it has none here yet (see MeetingSummary). */
  readonly title: string;
}

export interface MeetingSnapshot extends MeetingMetaView {
  readonly agenda: AgendaItemView[];
  readonly attendance: AttendanceView[];
  readonly notes: RichTextNode;
  readonly decisions: DecisionView[];
  readonly actionItems: ActionItemView[];
  /** People present who are not workspace members (300.321). */
  readonly guests: GuestView[];
  /** Required members excused (300.321(e)). */
  readonly excusals: ExcusalView[];
}

/**
 * Kind, time and title: plain values the server writes (through the meeting's route, which
 * moves the meeting's record with them); peers only read them.
 */
export class MeetingMeta {
  constructor(
    private readonly writer: Writer,
    private readonly map: Y.Map<unknown>,
  ) {}

  get(): MeetingMetaView {
    return {
      schemaVersion: readNumber(this.map, meetingMetaKeys.schemaVersion) ?? 0,
      kind: readEnum(this.map, meetingMetaKeys.kind, isMeetingKind, 'iep_meeting'),
      startsAt: readString(this.map, meetingMetaKeys.startsAt),
      title: readString(this.map, meetingMetaKeys.title),
    };
  }

  setKind(kind: MeetingKind): void {
    this.writer.run(() => this.map.set(meetingMetaKeys.kind, kind));
  }

  setStartsAt(startsAt: string): void {
    this.writer.run(() => this.map.set(meetingMetaKeys.startsAt, startsAt));
  }

  setTitle(title: string): void {
    this.writer.run(() => this.map.set(meetingMetaKeys.title, title));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return observeDeep(this.map, callback);
  }
}

export interface MeetingDoc {
  readonly doc: Y.Doc;
  readonly origin: unknown;
  readonly meta: MeetingMeta;
  readonly agenda: Agenda;
  readonly attendance: Attendance;
  readonly notes: RichTextSection;
  readonly decisions: Decisions;
  readonly actionItems: ActionItems;
  readonly team: MeetingTeam;
  /** Records the schema version; idempotent and safe for every peer to call on open. */
  init(): void;
  snapshot(): MeetingSnapshot;
}

export function initMeeting(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(meetingRoots.meta);
  const stored = readNumber(meta, meetingMetaKeys.schemaVersion);
  if (stored !== undefined && stored >= meetingSchemaVersion) return;
  doc.transact(() => meta.set(meetingMetaKeys.schemaVersion, meetingSchemaVersion), schemaInitOrigin);
}

/** Typed readers and writers over a meeting document. */
export function meetingDoc(doc: Y.Doc, options?: SchemaOptions): MeetingDoc {
  const writer = writerFor(doc, options);
  const meeting: MeetingDoc = {
    doc,
    origin: writer.origin,
    meta: new MeetingMeta(writer, doc.getMap<unknown>(meetingRoots.meta)),
    agenda: new Agenda(writer, doc.getMap<unknown>(meetingRoots.agenda)),
    attendance: new Attendance(writer, doc.getMap<unknown>(meetingRoots.attendance)),
    notes: new RichTextSection(writer, doc.getXmlFragment(meetingRoots.notes)),
    decisions: new Decisions(writer, doc.getMap<unknown>(meetingRoots.decisions)),
    actionItems: new ActionItems(writer, doc.getMap<unknown>(meetingRoots.actionItems)),
    team: meetingTeam(doc, writer),
    init: () => initMeeting(doc),
    snapshot: () => ({
      ...meeting.meta.get(),
      agenda: meeting.agenda.list(),
      attendance: meeting.attendance.list(),
      notes: meeting.notes.read(),
      decisions: meeting.decisions.list(),
      actionItems: meeting.actionItems.list(),
      guests: meeting.team.guests.list(),
      excusals: meeting.team.excusals.list(),
    }),
  };
  return meeting;
}
