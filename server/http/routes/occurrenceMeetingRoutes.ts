import { Hono } from 'hono';
import { localDate } from '../../schedule/scheduleInput';
import { occurrenceMeeting } from '../../schedule/occurrenceMeetings';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readSchedule } from './scheduleRoutes';

/**
 * Opening one occurrence of a recurring check-in or joint evaluation: its meeting, made on
 * first opening. Every member may open it, as every member may read the meetings list; the
 * meeting itself is then edited by the roles that edit.
 */
export function occurrenceMeetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/workspaces/:workspaceId/schedule/sessions/:sessionId/occurrences/:date/meeting', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const date = localDate(c.req.param('date'));
    const schedule = await readSchedule(c, workspaceId);
    const session = schedule.sessions.find((s) => s.id === c.req.param('sessionId'));
    if (!session) throw notFound('No such session on this schedule.', 'no_session');
    const result = await occurrenceMeeting(c.get('services'), workspaceId, session, date, schedule.holidays);
    if (result === 'not_a_meeting') throw badRequest('Only check-ins and joint evaluation sessions become meetings.', 'not_a_meeting');
    if (result === 'no_occurrence') throw notFound('This series does not meet on that date.', 'no_occurrence');
    if (result === 'cancelled') throw conflict('This occurrence is cancelled.', 'occurrence_cancelled');
    if (result.created) {
      await c.get('services').audit.record({ workspaceId, actorId: identity.user.id, action: 'schedule.meeting_created', subject: result.meeting.id, details: { series: session.id, date } });
    }
    return c.json({ meeting: result.meeting, created: result.created }, result.created ? 201 : 200);
  });

  return app;
}
