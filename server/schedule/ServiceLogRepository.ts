import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { isDeliveryStatus, type DeliveryStatus, type ServiceLogEntry } from '../../shared/serviceLog';
import { newId } from '../accounts/secrets';
import { creationTime } from '../data/creationTime';

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

/** Each delivered or missed session of a plan service, as its provider recorded it. */
export class ServiceLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(input: { workspaceId: string; serviceId: string; date: string; minutes: number; status: DeliveryStatus; makeUpFor: string | null; note: string; recordedBy: string }): Promise<ServiceLogEntry> {
    const id = newId('slog');
    await this.db
      .insertInto('service_log')
      .values({
        id,
        workspace_id: input.workspaceId,
        service_id: input.serviceId,
        date: input.date,
        minutes: input.minutes,
        status: input.status,
        make_up_for: input.makeUpFor,
        note: input.note,
        recorded_by: input.recordedBy,
        recorded_at: creationTime(),
      })
      .execute();
    return (await this.find(input.workspaceId, id))!;
  }

  async find(workspaceId: string, id: string): Promise<ServiceLogEntry | null> {
    const row: Row | undefined = await this.select().where('l.workspace_id', '=', workspaceId).where('l.id', '=', id).executeTakeFirst();
    return row ? toEntry(row) : null;
  }

  async list(workspaceId: string, serviceId?: string): Promise<ServiceLogEntry[]> {
    let query = this.select().where('l.workspace_id', '=', workspaceId);
    if (serviceId) query = query.where('l.service_id', '=', serviceId);
    const rows: Row[] = await query.orderBy('l.date').orderBy('l.recorded_at').orderBy('l.id').execute();
    return rows.map(toEntry);
  }

  private select() {
    return this.db.selectFrom('service_log as l').innerJoin('users as u', 'u.id', 'l.recorded_by').selectAll('l').select('u.display_name as recorded_by_name');
  }
}
