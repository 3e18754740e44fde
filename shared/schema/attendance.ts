import type * as Y from 'yjs';
import { isRole, type Role } from '../roles';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { clampedString, isRecord } from './read';
import { isAttendanceMode, type AttendanceMode } from './vocabulary';
import type { Writer } from './writer';

/**
 * Who attended, and how (34 CFR 300.322: parents may take part remotely; absences are
 * recorded). Keyed by member user id, so marking one member twice (two people ticking the same
 * name at once) leaves one record. Each record is one plain value, last writer wins: it
 * changes as a whole when someone marks a member.
 */
export interface AttendanceView {
  readonly userId: string;
  readonly name: string;
  readonly role: Role | null;
  readonly mode: AttendanceMode;
}

export interface AttendanceMember {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
}

function readAttendance(userId: string, value: unknown): AttendanceView | null {
  if (!isRecord(value) || !isAttendanceMode(value.mode)) return null;
  return {
    userId,
    name: clampedString(value.name),
    role: isRole(value.role) ? value.role : null,
    mode: value.mode,
  };
}

export class Attendance {
  constructor(
    private readonly writer: Writer,
    private readonly map: Y.Map<unknown>,
  ) {}

  /** Members by name, so the list reads the same on every screen. */
  list(): AttendanceView[] {
    const records: AttendanceView[] = [];
    for (const [userId, value] of this.map.entries()) {
      const record = readAttendance(userId, value);
      if (record) records.push(record);
    }
    return records.sort((a, b) => a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : 1));
  }

  get(userId: string): AttendanceView | null {
    return readAttendance(userId, this.map.get(userId));
  }

  mark(member: AttendanceMember, mode: AttendanceMode): void {
    this.writer.run(() => this.map.set(member.userId, { name: member.name, role: member.role, mode }));
  }

  remove(userId: string): boolean {
    return this.writer.run(() => {
      if (!this.map.has(userId)) return false;
      this.map.delete(userId);
      return true;
    });
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return observeDeep(this.map, callback);
  }
}
