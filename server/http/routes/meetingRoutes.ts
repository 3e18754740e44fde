import { Hono, type Context } from 'hono';
import { isMeetingKind, meetingKindLabels, type MeetingKind } from '../../../shared/schema/vocabulary';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireMember } from '../middleware';
import { optionalStringField, readJsonObject, type Body } from '../readBody';

function readMeeting(body: Body): { kind: MeetingKind; title: string; startsAt: string } {
  const kind = body.kind;
  if (!isMeetingKind(kind)) throw badRequest('Choose what kind of meeting this is.', 'invalid_kind');
  const startsAtRaw = body.startsAt;
  const startsAt = typeof startsAtRaw === 'string' ? new Date(startsAtRaw) : null;
  if (!startsAt || Number.isNaN(startsAt.getTime())) throw badRequest('Give the meeting a date and time.', 'invalid_startsAt');
  const title = optionalStringField(body, 'title', { max: 120, label: 'Title' }) || meetingKindLabels[kind];
  return { kind, title, startsAt: startsAt.toISOString() };
}

/** Meetings of a workspace: members list them, members who edit schedule and rename them. */
export function meetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const workspaceOf = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  app.get('/workspaces/:workspaceId/meetings', (c) => {
    requireMember(c, workspaceOf(c));
    return c.json({ meetings: c.get('services').meetings.list(workspaceOf(c)) });
  });

  app.post('/workspaces/:workspaceId/meetings', async (c) => {
    const workspaceId = workspaceOf(c);
    const { identity } = requireMember(c, workspaceId, 'edit');
    const meeting = c.get('services').meetings.create(workspaceId, readMeeting(await readJsonObject(c)), identity.user.id);
    return c.json({ meeting }, 201);
  });

  app.get('/workspaces/:workspaceId/meetings/:meetingId', async (c) => {
    const workspaceId = workspaceOf(c);
    const { identity } = requireMember(c, workspaceId);
    const { meetings, documents, audit } = c.get('services');
    const meeting = meetings.find(workspaceId, c.req.param('meetingId'));
    if (!meeting) throw notFound('No such meeting.');
    audit.record({ workspaceId, actorId: identity.user.id, action: 'document.opened', subject: meeting.docName, details: { via: 'api' } });
    return c.json({ meeting, content: await documents.readMeeting(workspaceId, meeting.id) });
  });

  app.patch('/workspaces/:workspaceId/meetings/:meetingId', async (c) => {
    const workspaceId = workspaceOf(c);
    requireMember(c, workspaceId, 'edit');
    const { meetings } = c.get('services');
    const meetingId = c.req.param('meetingId');
    if (!meetings.update(workspaceId, meetingId, readMeeting(await readJsonObject(c)))) throw notFound('No such meeting.');
    return c.json({ meeting: meetings.find(workspaceId, meetingId) });
  });

  return app;
}
