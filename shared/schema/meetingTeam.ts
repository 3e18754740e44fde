import type * as Y from 'yjs';
import type { Role } from '../roles';
import type { AttendanceView } from './attendance';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import {
  isAttendeeRole,
  isRequiredParticipant,
  requiredParticipants,
  type AttendeeRole,
  type RequiredParticipant,
} from './iepVocabulary';
import { clampText, fieldLimits } from './limits';
import { readBoolean, readEnum, readString } from './read';
import type { Writer } from './writer';

/**
 * The IEP team at one meeting (34 CFR 300.321): people present who are not members of the
 * workspace (a district representative, an interpreter, the student), by name and role; and
 * excusals of a required member (300.321(e)), which count only with the parent's written
 * agreement. Both are item collections in the meeting document, under their own root maps,
 * so two people adding a guest at once both keep theirs.
 */
export const meetingTeamRoots = {
  guests: 'guests',
  excusals: 'excusals',
} as const;

export interface GuestView {
  readonly id: string;
  readonly name: string;
  readonly role: AttendeeRole;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface ExcusalView {
  readonly id: string;
  readonly participant: RequiredParticipant;
  /** Who is excused, as the team wrote it. */
  readonly name: string;
  readonly parentAgreedInWriting: boolean;
  readonly agreementDate: string;
  /** The member's written input, submitted before the meeting (300.321(e)(2)(ii)). */
  readonly inputSubmitted: boolean;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

const short = (item: Y.Map<unknown>, key: string) => clampText(readString(item, key), fieldLimits.shortValue);

function readGuest(item: Y.Map<unknown>, meta: ItemMeta): GuestView {
  return { id: meta.id, name: short(item, 'name'), role: readEnum(item, 'role', isAttendeeRole, 'other'), createdBy: meta.createdBy, createdAt: meta.createdAt };
}

function readExcusal(item: Y.Map<unknown>, meta: ItemMeta): ExcusalView {
  return {
    id: meta.id,
    participant: readEnum(item, 'participant', isRequiredParticipant, 'general_education_teacher'),
    name: short(item, 'name'),
    parentAgreedInWriting: readBoolean(item, 'parentAgreedInWriting'),
    agreementDate: short(item, 'agreementDate'),
    inputSubmitted: readBoolean(item, 'inputSubmitted'),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

function writePlain(item: Y.Map<unknown>, patch: Readonly<Record<string, string | boolean | undefined>>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const next = typeof value === 'string' ? clampText(value, fieldLimits.shortValue) : value;
    if (item.get(key) !== next) item.set(key, next);
  }
}

export class Guests {
  private readonly items: Collection<GuestView>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: [], fragmentFields: [], read: readGuest });
  }

  list(): GuestView[] {
    return this.items.list();
  }

  add(input: { name: string; role: AttendeeRole }, author: Author): string {
    const id = this.items.create(author, (item) => writePlain(item, input));
    if (id === null) throw new Error('The guests map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: { name?: string; role?: AttendeeRole }): boolean {
    return this.items.mutate(id, (item) => writePlain(item, patch));
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}

export type ExcusalInput = Partial<Pick<ExcusalView, 'participant' | 'name' | 'parentAgreedInWriting' | 'agreementDate' | 'inputSubmitted'>>;

export class Excusals {
  private readonly items: Collection<ExcusalView>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: [], fragmentFields: [], read: readExcusal });
  }

  list(): ExcusalView[] {
    return this.items.list();
  }

  add(input: ExcusalInput, author: Author): string {
    const id = this.items.create(author, (item) => writePlain(item, { parentAgreedInWriting: false, inputSubmitted: false, ...input }));
    if (id === null) throw new Error('The excusals map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: ExcusalInput): boolean {
    return this.items.mutate(id, (item) => writePlain(item, patch));
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}

export interface MeetingTeam {
  readonly guests: Guests;
  readonly excusals: Excusals;
}

export function meetingTeam(doc: Y.Doc, writer: Writer): MeetingTeam {
  return {
    guests: new Guests(writer, doc.getMap<unknown>(meetingTeamRoots.guests)),
    excusals: new Excusals(writer, doc.getMap<unknown>(meetingTeamRoots.excusals)),
  };
}

/** Which required participant a workspace role stands for at a meeting, by default. */
export const roleCoversParticipant: Partial<Record<Role, RequiredParticipant>> = {
  parent: 'parent',
  teacher: 'general_education_teacher',
  case_manager: 'special_education_teacher',
  school_therapist: 'evaluation_interpreter',
};

/** What a member covers when the case manager has not said: the default of their role. */
export function defaultCovers(role: Role): RequiredParticipant[] {
  const participant = roleCoversParticipant[role];
  return participant ? [participant] : [];
}

/**
 * Which required participants an attendance record stands for. Members carry what the case
 * manager set for them (a special education teacher who is also the district representative,
 * a school psychologist who interprets evaluations); a record without it falls back to its role.
 */
export type CoversOf = (record: AttendanceView) => readonly RequiredParticipant[];

export const coversByRole: CoversOf = (record) => (record.role ? defaultCovers(record.role) : []);

/** Covers per member id, falling back to the role for anyone not listed. */
export function coversFromMembers(members: readonly { readonly userId: string; readonly covers?: readonly RequiredParticipant[] }[]): CoversOf {
  const byId = new Map(members.filter((member) => member.covers).map((member) => [member.userId, member.covers!]));
  return (record) => byId.get(record.userId) ?? coversByRole(record);
}

export type CoverageState = 'present' | 'excused' | 'missing';

export interface ParticipantCoverage {
  readonly participant: RequiredParticipant;
  readonly state: CoverageState;
  /** Who covers it, or who was excused. */
  readonly names: string[];
}

/**
 * Whether each required participant was covered at a meeting: by a member present (in person
 * or remotely) who covers it (as the case manager set, else by role), by a guest with that role, or by an excusal the
 * parent agreed to in writing. An excusal without that agreement covers nothing.
 */
export function participantCoverage(
  attendance: readonly AttendanceView[],
  guests: readonly GuestView[],
  excusals: readonly ExcusalView[],
  coversOf: CoversOf = coversByRole,
): ParticipantCoverage[] {
  return requiredParticipants.map((participant): ParticipantCoverage => {
    const present = [
      ...attendance.filter((record) => record.mode !== 'absent' && coversOf(record).includes(participant)).map((record) => record.name),
      ...guests.filter((guest) => guest.role === participant).map((guest) => guest.name),
    ];
    if (present.length > 0) return { participant, state: 'present', names: present };
    const excused = excusals.filter((excusal) => excusal.participant === participant && excusal.parentAgreedInWriting);
    if (excused.length > 0) return { participant, state: 'excused', names: excused.map((excusal) => excusal.name) };
    return { participant, state: 'missing', names: [] };
  });
}
