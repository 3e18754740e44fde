import { Hono } from 'hono';
import type { CalendarFeedView, CreatedCalendarFeed } from '../../../shared/scheduleApi';
import { renderCalendar, type CalendarEvent } from '../../calendar/icalendar';
import { meetingEvent, workspaceEvents } from '../../calendar/personalFeed';
import { vtimezone } from '../../calendar/vtimezone';
import type { AppEnv } from '../AppEnv';
import { notFound } from '../errors';
import { expectedOrigin, requireIdentity, requireMember } from '../middleware';

const feedPattern = /^(cal_[A-Za-z0-9_-]{43})\.ics$/;

function years(now: Date): [number, number] {
  const year = now.getUTCFullYear();
  return [year - 1, year + 1];
}

/**
 * Calendars people already use: a personal feed at a secret URL (only its hash is stored;
 * making a new one or revoking ends the old at once) and a one-off invitation per meeting.
 * Titles carry initials, never a child's name; details stay behind sign-in.
 */
export function calendarRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/calendar/feed', async (c) => {
    const identity = requireIdentity(c);
    const active = await c.get('services').calendarFeeds.active(identity.user.id);
    const view: CalendarFeedView = { active: active !== null, createdAt: active?.createdAt ?? null };
    return c.json(view);
  });

  app.post('/calendar/feed', async (c) => {
    const identity = requireIdentity(c);
    const secret = await c.get('services').calendarFeeds.create(identity.user.id);
    await c.get('services').audit.record({ workspaceId: null, actorId: identity.user.id, action: 'calendar_feed.created', subject: identity.user.id });
    const created: CreatedCalendarFeed = { url: `${expectedOrigin(c)}/api/calendar/feeds/${secret}.ics` };
    return c.json(created, 201);
  });

  app.delete('/calendar/feed', async (c) => {
    const identity = requireIdentity(c);
    await c.get('services').calendarFeeds.revoke(identity.user.id);
    await c.get('services').audit.record({ workspaceId: null, actorId: identity.user.id, action: 'calendar_feed.revoked', subject: identity.user.id });
    return c.body(null, 204);
  });

  /** The feed itself: the secret is the only credential, so anything wrong is one plain 404. */
  app.get('/calendar/feeds/:file', async (c) => {
    const secret = feedPattern.exec(c.req.param('file'))?.[1];
    const services = c.get('services');
    const userId = secret ? await services.calendarFeeds.userFor(secret) : null;
    const user = userId ? await services.users.findById(userId) : null;
    if (!user) throw notFound('No such calendar.', 'no_feed');
    const now = new Date();
    const baseUrl = expectedOrigin(c);
    const workspaces = await services.workspaces.listForUser(user.id);
    // One calendar has one zone: the first student's. Other students' events carry their own TZID.
    const zones = [...new Set(workspaces.map((w) => w.timeZone))];
    const events: CalendarEvent[] = [];
    for (const workspace of workspaces) events.push(...(await workspaceEvents(services, workspace, user, baseUrl, now)));
    const [from, to] = years(now);
    const body = renderMultiZone(zones.length ? zones : ['UTC'], workspaces, events, from, to);
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'inline; filename="bridgeplan.ics"');
    return c.body(body);
  });

  app.get('/workspaces/:workspaceId/meetings/:meetingId/invite.ics', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const services = c.get('services');
    const meeting = await services.meetings.find(workspaceId, c.req.param('meetingId'));
    if (!meeting) throw notFound('No such meeting.', 'no_meeting');
    const workspace = (await services.workspaces.findForUser(workspaceId, identity.user.id))!;
    const [from, to] = years(new Date(meeting.startsAt));
    const body = renderCalendar({ name: 'Bridgeplan meeting', timeZone: workspace.timeZone, vtimezone: vtimezone(workspace.timeZone, from, to), events: [meetingEvent(meeting, workspace, expectedOrigin(c))] });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="meeting-${meeting.id}.ics"`);
    return c.body(body);
  });

  return app;
}

/** Students in different zones: each event keeps its own student's zone. */
function renderMultiZone(zones: string[], workspaces: { id: string; timeZone: string }[], events: CalendarEvent[], from: number, to: number): string {
  const zoneOf = (uid: string) => workspaces.find((w) => uid.includes(`.${w.id}@`))?.timeZone ?? zones[0]!;
  const byZone = new Map<string, CalendarEvent[]>();
  for (const event of events) byZone.set(zoneOf(event.uid), [...(byZone.get(zoneOf(event.uid)) ?? []), event]);
  const rendered = zones.map((zone) => renderCalendar({ name: 'Bridgeplan', timeZone: zone, vtimezone: vtimezone(zone, from, to), events: byZone.get(zone) ?? [] }));
  if (rendered.length === 1) return rendered[0]!;
  // Merge the calendars: one header, every zone and event.
  const inner = rendered.map((text) => text.split('\r\n').filter((line) => line && !/^(BEGIN|END):VCALENDAR$|^(VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|X-WR-TIMEZONE):/.test(line)));
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bridgeplan//Schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Bridgeplan', ...inner.flat(), 'END:VCALENDAR', ''].join('\r\n');
}
