import { Hono, type Context } from 'hono';
import { meetingDoc } from '../../../shared/schema';
import { currentMeetings } from '../../workspaces/currentMeetings';
import { isMeetingKind, meetingKindLabels, type MeetingKind } from '../../../shared/schema/vocabulary';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireMember } from '../middleware';
import { notifyMembers } from '../../notifications/notifyMembers';
import { optionalStringField, readJsonObject, type Body } from '../readBody';
import { meetingNoticeLine } from '../../mail/meetingNotice';
import { meetingDocName } from '../../../shared/docName';
import { isKindTitle } from '../../../shared/meetingTitle';
import type { MeetingSummary } from '../../../shared/api';

function readMeeting(body: Body): { kind: MeetingKind; title: string; startsAt: string } {
  const kind = body.kind;
  if (!isMeetingKind(kind)) throw badRequest('Choose what kind of meeting this is.', 'invalid_kind');
  const startsAtRaw = body.startsAt;
  const startsAt = typeof startsAtRaw === 'string' ? new Date(startsAtRaw) : null;
  if (!startsAt || Number.isNaN(startsAt.getTime())) throw badRequest('Give the meeting a date and time.', 'invalid_startsAt');
  const title = optionalStringField(body, 'title', { max: 120, label: 'Title' }) || meetingKindLabels[kind];
  return { kind, title, startsAt: startsAt.toISOString() };
}

/**
 * A change to a meeting: each of kind, title and time is kept when not given. A title that was
 * only the kind's name follows a new kind, so a renamed kind never shows under its old name.
 */
function readMeetingChange(body: Body, before: MeetingSummary): { kind: MeetingKind; title: string; startsAt: string } {
  const kind = body.kind === undefined ? before.kind : body.kind;
  if (!isMeetingKind(kind)) throw badRequest('Choose what kind of meeting this is.', 'invalid_kind');
  const startsAt = body.startsAt === undefined ? before.startsAt : readMeeting({ kind, startsAt: body.startsAt }).startsAt;
  const named = optionalStringField(body, 'title', { max: 120, label: 'Title' });
  const title = named || (body.title === undefined && !isKindTitle(before.title, before.kind) ? before.title : meetingKindLabels[kind]);
  return { kind, title, startsAt };
}

/** Meetings of a workspace: members list them, members who edit schedule and rename them. */
/** Everyone on the team hears of a new meeting or a new time, with the time in the school's zone. */
async function notifyMeeting(c: Context<AppEnv>, workspaceId: string, meetingId: string, who: string, moved: boolean, actorId: string): Promise<void> {
  const { meetings, workspaces } = c.get('services');
  const meeting = await meetings.find(workspaceId, meetingId);
  if (!meeting) return;
  const everyone = (await workspaces.members(workspaceId)).map((member) => member.userId);
  const line = meetingNoticeLine(who, moved, meeting.startsAt, await workspaces.timeZone(workspaceId));
  notifyMembers(c, workspaceId, 'meeting_scheduled', line, `/w/${encodeURIComponent(workspaceId)}/meeting/${encodeURIComponent(meetingId)}`, everyone, actorId);
}

export function meetingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const workspaceOf = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  app.get('/workspaces/:workspaceId/meetings', async (c) => {
    await requireMember(c, workspaceOf(c));
    return c.json({ meetings: await currentMeetings(c.get('services'), workspaceOf(c)) });
  });

  app.post('/workspaces/:workspaceId/meetings', async (c) => {
    const workspaceId = workspaceOf(c);
    const { identity } = await requireMember(c, workspaceId, 'edit');
    const input = readMeeting(await readJsonObject(c));
    const { meetings, rooms } = c.get('services');
    const meeting = await meetings.create(workspaceId, input, identity.user.id);
    // The meeting's page shows its kind and time from its own document: write them there once,
    // from the server, so no client ever has to seed them (and two could not race to).
    await rooms.change(meeting.docName, (doc) => {
      const written = meetingDoc(doc);
      written.meta.setKind(input.kind);
      written.meta.setStartsAt(input.startsAt);
      written.meta.setTitle(input.title);
    });
    await notifyMeeting(c, workspaceId, meeting.id, identity.user.displayName, false, identity.user.id);
    return c.json({ meeting }, 201);
  });

  app.get('/workspaces/:workspaceId/meetings/:meetingId', async (c) => {
    const workspaceId = workspaceOf(c);
    const { identity } = await requireMember(c, workspaceId);
    const { meetings, documents, audit } = c.get('services');
    const meeting = await meetings.find(workspaceId, c.req.param('meetingId'));
    if (!meeting) throw notFound('No such meeting.', 'no_meeting');
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'document.opened', subject: meeting.docName, details: { via: 'api' } });
    return c.json({ meeting, content: await documents.readMeeting(workspaceId, meeting.id) });
  });

  app.patch('/workspaces/:workspaceId/meetings/:meetingId', async (c) => {
    const workspaceId = workspaceOf(c);
    const { identity } = await requireMember(c, workspaceId, 'edit');
    const { meetings } = c.get('services');
    const meetingId = c.req.param('meetingId');
    const body = await readJsonObject(c);
    const before = await meetings.find(workspaceId, meetingId);
    if (!before) throw notFound('No such meeting.', 'no_meeting');
    const input = readMeetingChange(body, before);
    if (!(await meetings.update(workspaceId, meetingId, input))) throw notFound('No such meeting.', 'no_meeting');
    if (before.startsAt !== input.startsAt) {
      await notifyMeeting(c, workspaceId, meetingId, identity.user.displayName, true, identity.user.id);
    }
    await c.get('services').rooms.change(meetingDocName(workspaceId, meetingId), (doc) => {
      const written = meetingDoc(doc);
      written.meta.setKind(input.kind);
      written.meta.setStartsAt(input.startsAt);
      written.meta.setTitle(input.title);
    });
    return c.json({ meeting: await meetings.find(workspaceId, meetingId) });
  });

  return app;
}
