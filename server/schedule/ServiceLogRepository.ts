import type Database from 'better-sqlite3';
import { isDeliveryStatus, type DeliveryStatus, type ServiceLogEntry } from '../../shared/serviceLog';
import { newId, nowIso } from '../accounts/secrets';

interface Row {
  id: string;
  service_id: string;
  date: string;
  minutes: number;
  status: string;
  make_up_for: string | null;
  note: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: string;
}

const toEntry = (row: Row): ServiceLogEntry => ({
  id: row.id,
  serviceId: row.service_id,
  date: row.date,
  minutes: row.minutes,
  status: isDeliveryStatus(row.status) ? row.status : 'delivered',
  makeUpFor: row.make_up_for,
  note: row.note,
  recordedBy: row.recorded_by,
  recordedByName: row.recorded_by_name,
  recordedAt: row.recorded_at,
});

const select = 'SELECT l.*, u.display_name AS recorded_by_name FROM service_log l JOIN users u ON u.id = l.recorded_by';

/** Each delivered or missed session of a plan service, as its provider recorded it. */
export class ServiceLogRepository {
  constructor(private readonly db: Database.Database) {}

  record(input: { workspaceId: string; serviceId: string; date: string; minutes: number; status: DeliveryStatus; makeUpFor: string | null; note: string; recordedBy: string }): ServiceLogEntry {
    const id = newId('slog');
    this.db
      .prepare(
        `INSERT INTO service_log (id, workspace_id, service_id, date, minutes, status, make_up_for, note, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.workspaceId, input.serviceId, input.date, input.minutes, input.status, input.makeUpFor, input.note, input.recordedBy, nowIso());
    return this.find(input.workspaceId, id)!;
  }

  find(workspaceId: string, id: string): ServiceLogEntry | null {
    const row = this.db.prepare<[string, string], Row>(`${select} WHERE l.workspace_id = ? AND l.id = ?`).get(workspaceId, id);
    return row ? toEntry(row) : null;
  }

  list(workspaceId: string, serviceId?: string): ServiceLogEntry[] {
    const rows = serviceId
      ? this.db.prepare<[string, string], Row>(`${select} WHERE l.workspace_id = ? AND l.service_id = ? ORDER BY l.date, l.recorded_at`).all(workspaceId, serviceId)
      : this.db.prepare<[string], Row>(`${select} WHERE l.workspace_id = ? ORDER BY l.date, l.recorded_at`).all(workspaceId);
    return rows.map(toEntry);
  }
}
