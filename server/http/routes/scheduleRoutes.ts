import { Hono, type Context } from 'hono';
import { roleDefinitions, type Role } from '../../../shared/roles';
import { isMeetingSession, mayMoveKind, scheduleClockSettings, ScheduleDoc, type Author, type ServiceView } from '../../../shared/schema';
import type { ScheduleWeekView } from '../../../shared/scheduleApi';
import { movedSeries } from '../../../shared/scheduleMove';
import { todayIn } from '../../../shared/scheduleTime';
import { scheduleWeek } from '../../../shared/scheduleWeek';
import { nowIso, newId } from '../../accounts/secrets';
import { localDate, moveField, sessionIdField, sessionInput, sessionPatch } from '../../schedule/scheduleInput';
import { followSeries } from '../../schedule/occurrenceMeetings';
import { addScheduleSession, planServicesOf } from '../../schedule/addScheduleSession';
import { refusedKind } from '../../schedule/refusedKind';
import type { AuditAction } from '../../audit/AuditLog';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject, stringField } from '../readBody';
import { scheduleDocName } from '../../../shared/docName';

function authorOf(c: Context<AppEnv>, role: Role): Author {
  const user = c.get('identity')!.user;
  return { userId: user.id, name: user.displayName, role, setting: roleDefinitions[role].setting };
}

export async function planServices(c: Context<AppEnv>, workspaceId: string): Promise<ServiceView[]> {
  return await planServicesOf(c.get('services').documents, workspaceId);
}

export async function readSchedule(c: Context<AppEnv>, workspaceId: string) {
  const doc = await c.get('services').documents.loadDoc(scheduleDocName(workspaceId));
  try {
    return new ScheduleDoc(doc).snapshot();
  } finally {
    doc.destroy();
  }
}

/**
 * The child's week. Reading is for every member; each change checks who enters that kind of
 * session (school staff, the clinic therapist, the parents), then writes the schedule document
 * on the server, which everyone online sees at once. Observers read only.
 */
export function scheduleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const change = async (c: Context<AppEnv>, workspaceId: string, apply: (schedule: ScheduleDoc) => boolean): Promise<boolean> => {
    let applied = false;
    await c.get('services').rooms.change(scheduleDocName(workspaceId), (doc) => {
      applied = apply(new ScheduleDoc(doc));
    });
    return applied;
  };

  const existing = async (c: Context<AppEnv>, workspaceId: string, sessionId: string) => {
    const session = (await readSchedule(c, workspaceId)).sessions.find((s) => s.id === sessionId);
    if (!session) throw notFound('No such session on this schedule.', 'no_session');
    return session;
  };

  const audit = async (c: Context<AppEnv>, workspaceId: string, action: AuditAction, subject: string, details?: Record<string, string>) =>
    await c.get('services').audit.record({ workspaceId, actorId: c.get('identity')!.user.id, action, subject, ...(details ? { details } : {}) });

  app.get('/workspaces/:workspaceId/schedule/week', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const { workspaces } = c.get('services');
    const timeZone = (await workspaces.findForUser(workspaceId, identity.user.id))!.timeZone;
    const date = c.req.query('date') ? localDate(c.req.query('date')) : todayIn(timeZone);
    const [schedule, services] = await Promise.all([readSchedule(c, workspaceId), planServices(c, workspaceId)]);
    await c.get('services').audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'schedule.viewed', subject: scheduleDocName(workspaceId) });
    const week: ScheduleWeekView = { ...scheduleWeek(schedule, services, date), timeZone };
    return c.json({ week });
  });

  app.post('/workspaces/:workspaceId/schedule/sessions', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId, 'edit');
    const body = await readJsonObject(c);
    const input = sessionInput(body);
    // The client may choose the id, so sending the same session twice adds it once.
    const id = sessionIdField(body.id) ?? newId('ses');
    const added = await addScheduleSession(c.get('services'), workspaceId, membership.role, authorOf(c, membership.role), id, input);
    return c.json({ id, added }, added ? 201 : 200);
  });

  app.patch('/workspaces/:workspaceId/schedule/sessions/:sessionId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId, 'edit');
    const session = await existing(c, workspaceId, c.req.param('sessionId'));
    if (!mayMoveKind(membership.role, session.kind)) throw refusedKind(session.kind);
    const body = await readJsonObject(c);
    const move = moveField(body.move);
    const patch = { ...sessionPatch(body), ...(move ? movedSeries(session, move.from, move.toDate, move.toMinute) : {}) };
    if (Object.keys(patch).length === 0) throw badRequest('Nothing to change.', 'empty_change');
    await change(c, workspaceId, (schedule) => schedule.update(session.id, patch, authorOf(c, membership.role)));
    await audit(c, workspaceId, 'schedule.session_changed', session.id, { fields: Object.keys(patch).join(',') });
    // A check-in series that moved takes its meetings still to come with it.
    if (isMeetingSession(session.kind)) {
      const after = await readSchedule(c, workspaceId);
      const moved = after.sessions.find((s) => s.id === session.id);
      if (moved) await followSeries(c.get('services'), workspaceId, moved, after.holidays, todayIn(await c.get('services').workspaces.timeZone(workspaceId)));
    }
    return c.json({ id: session.id });
  });

  app.delete('/workspaces/:workspaceId/schedule/sessions/:sessionId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId, 'edit');
    const session = await existing(c, workspaceId, c.req.param('sessionId'));
    if (!mayMoveKind(membership.role, session.kind)) throw refusedKind(session.kind);
    await change(c, workspaceId, (schedule) => schedule.remove(session.id));
    await audit(c, workspaceId, 'schedule.session_removed', session.id);
    return c.body(null, 204);
  });

  /** Cancels one date of a session (`reason`), or with an empty reason restores it. */
  app.put('/workspaces/:workspaceId/schedule/sessions/:sessionId/cancelled/:date', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId, 'edit');
    const session = await existing(c, workspaceId, c.req.param('sessionId'));
    if (!mayMoveKind(membership.role, session.kind)) throw refusedKind(session.kind);
    const date = localDate(c.req.param('date'));
    const body = await readJsonObject(c);
    const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 120) : 'cancelled';
    await change(c, workspaceId, (schedule) => schedule.setCancelled(session.id, date, reason));
    await audit(c, workspaceId, reason ? 'schedule.session_cancelled' : 'schedule.session_restored', session.id, { date });
    return c.json({ id: session.id, date, reason });
  });

  app.put('/workspaces/:workspaceId/schedule/holidays/:date', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId, 'manageTeam');
    const date = localDate(c.req.param('date'));
    const name = stringField(await readJsonObject(c), 'name', { min: 0, max: 120, label: 'Holiday name' });
    await change(c, workspaceId, (schedule) => {
      schedule.setHoliday(date, name);
      return true;
    });
    await audit(c, workspaceId, 'schedule.holiday_set', date);
    return c.json({ date, name });
  });

  app.patch('/workspaces/:workspaceId/schedule/settings', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId, 'manageTeam');
    const body = await readJsonObject(c);
    const limits = { travelBufferMinutes: 240, maxSessionsPerDay: 20, maxMinutesPerDay: 1440 } as const;
    const patch: Record<string, number | string> = {};
    for (const [key, max] of Object.entries(limits)) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) throw badRequest(`${key} must be a whole number from 0 to ${max}.`, `invalid_${key}`, { max });
      patch[key] = value;
    }
    for (const setting of scheduleClockSettings) {
      const value = body[setting];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value)) throw badRequest(`${setting} must be a time like 08:00.`, `invalid_${setting}`);
      patch[setting] = value;
    }
    // Each setting's hours must open before they close, counting what is already set.
    const merged = { ...(await readSchedule(c, workspaceId)).settings, ...patch };
    for (const [start, end] of [['dayStart', 'dayEnd'], ['clinicStart', 'clinicEnd'], ['homeStart', 'homeEnd']] as const) {
      if (merged[start] >= merged[end]) throw badRequest(`${start} must be before ${end}.`, 'invalid_window');
    }
    await change(c, workspaceId, (schedule) => {
      schedule.updateSettings(patch);
      return true;
    });
    await audit(c, workspaceId, 'schedule.settings_changed', scheduleDocName(workspaceId));
    return c.json({ settings: patch });
  });

  /** Accepting a conflict with a note (the team decided it is fine); an empty note reopens it. */
  app.post('/workspaces/:workspaceId/schedule/accepted', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId, 'edit');
    const body = await readJsonObject(c);
    const key = stringField(body, 'key', { max: 200, label: 'Conflict' });
    if (!/^(?:overlap|travel|protected|day_load|shortfall):[A-Za-z0-9_:-]+$/.test(key)) throw badRequest('No such conflict.', 'invalid_key');
    const note = stringField(body, 'note', { min: 0, max: 500, label: 'Note' });
    await change(c, workspaceId, (schedule) => {
      schedule.setAccepted(key, note, authorOf(c, membership.role), nowIso());
      return true;
    });
    await audit(c, workspaceId, note ? 'schedule.conflict_accepted' : 'schedule.conflict_reopened', key);
    return c.json({ key, note });
  });

  return app;
}
