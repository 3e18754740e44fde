import { inOneTransaction } from '../../data/inOneTransaction';
import { Hono } from 'hono';
import type { DocumentView, WorkspaceDetail } from '../../../shared/api';
import { CloseCodes } from '../../../shared/closeCodes';
import { invitationNeedsConsent, isRole } from '../../../shared/roles';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { requireIdentity, requireMember } from '../middleware';
import { optionalStringField, readJsonObject, stringField } from '../readBody';
import { currentMeetings } from '../../workspaces/currentMeetings';
import { auditRoutes } from './auditRoutes';
import { isTimeZone } from '../../../shared/timeZone';
import { commentsDocName, planDocName, progressDocName, scheduleDocName } from '../../../shared/docName';

/** An IANA zone name from a request body; absent means UTC. */
function timeZoneField(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isTimeZone(value)) throw badRequest('Choose a time zone such as America/Chicago.', 'invalid_time_zone');
  return value;
}

export function workspaceDocuments(workspaceId: string): DocumentView[] {
  return [
    { name: planDocName(workspaceId), kind: 'plan', title: 'IEP plan' },
    { name: commentsDocName(workspaceId), kind: 'comments', title: 'Comments' },
    { name: progressDocName(workspaceId), kind: 'progress', title: 'Progress data' },
    { name: scheduleDocName(workspaceId), kind: 'schedule', title: 'The child’s week' },
  ];
}

export function workspaceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/workspaces', async (c) => {
    const identity = requireIdentity(c);
    return c.json({ workspaces: await c.get('services').workspaces.listForUser(identity.user.id) });
  });

  app.post('/workspaces', async (c) => {
    const identity = requireIdentity(c);
    const body = await readJsonObject(c);
    const input = {
      studentName: stringField(body, 'studentName', { max: 120, label: 'Student’s name' }),
      gradeOrBirthDate: optionalStringField(body, 'gradeOrBirthDate', { max: 40, label: 'Grade or date of birth' }),
      school: optionalStringField(body, 'school', { max: 120, label: 'School' }),
      timeZone: timeZoneField(body.timeZone),
    };
    const workspace = await inOneTransaction(c.get('services'), async (tx) => {
      const created = await tx.workspaces.create(identity.user.id, input);
      await tx.audit.record({ workspaceId: created.id, actorId: identity.user.id, action: 'workspace.created', subject: created.id });
      return created;
    });
    return c.json({ workspace }, 201);
  });

  app.get('/workspaces/:workspaceId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const { workspaces, audit } = c.get('services');
    const summary = (await workspaces.findForUser(workspaceId, identity.user.id))!;
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'workspace.viewed', subject: workspaceId });
    const detail: WorkspaceDetail = {
      ...summary,
      members: await workspaces.members(workspaceId),
      documents: workspaceDocuments(workspaceId),
      meetings: await currentMeetings(c.get('services'), workspaceId),
    };
    return c.json({ workspace: detail });
  });

  /** The case manager sets the zone every date and time of this workspace is shown in. */
  app.put('/workspaces/:workspaceId/time-zone', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const timeZone = timeZoneField((await readJsonObject(c)).timeZone);
    if (!timeZone) throw badRequest('Choose a time zone such as America/Chicago.', 'invalid_time_zone');
    const { workspaces, audit } = c.get('services');
    await workspaces.setTimeZone(workspaceId, timeZone);
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'workspace.time_zone_changed', subject: workspaceId, details: { timeZone } });
    return c.json({ timeZone });
  });

  app.patch('/workspaces/:workspaceId/members/:userId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const userId = c.req.param('userId');
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const role = (await readJsonObject(c)).role;
    if (!isRole(role)) throw badRequest('Choose one of the team roles.', 'invalid_role');
    const { workspaces, connections } = c.get('services');
    await inOneTransaction(c.get('services'), async (tx) => {
      await tx.workspaces.lockTeam(workspaceId);
      const current = await tx.workspaces.membership(workspaceId, userId);
      if (!current) throw notFound('That person is not on this team.', 'not_on_team');
      // A clinic therapist exists only through a parent's consent: nobody is switched into that
      // role, and nobody in it is switched to a school role that the consent never covered.
      if (role !== current.role && (invitationNeedsConsent(role) || invitationNeedsConsent(current.role))) {
        throw forbidden(
          invitationNeedsConsent(role)
            ? 'A clinic therapist joins only through a parent’s invitation, which records their consent. Ask the parent to invite them.'
            : 'A clinic therapist’s access rests on a parent’s consent. To change it, the parent withdraws the consent, or you remove them and invite them again.',
          'role_needs_consent',
        );
      }
      if (current.role === 'case_manager' && role !== 'case_manager' && (await tx.workspaces.countWithRole(workspaceId, 'case_manager')) === 1) {
        throw conflict('A team needs at least one case manager. Make someone else case manager first.', 'last_case_manager');
      }
      await tx.workspaces.setRole(workspaceId, userId, role);
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'member.role_changed', subject: userId, details: { from: current.role, to: role } });
    });
    // Reconnecting picks up the new rights (for instance read-only for an observer).
    connections.closeMatching({ userId, workspaceId }, CloseCodes.accessChanged);
    return c.json({ members: await workspaces.members(workspaceId) });
  });

  app.delete('/workspaces/:workspaceId/members/:userId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const userId = c.req.param('userId');
    const { identity } = await requireMember(c, workspaceId, identityIsSelf(c, userId) ? undefined : 'manageTeam');
    // The check, the removal and its audit row as one: two managers removing each other at
    // once cannot leave the team without one.
    await inOneTransaction(c.get('services'), async (tx) => {
      await tx.workspaces.lockTeam(workspaceId);
      const current = await tx.workspaces.membership(workspaceId, userId);
      if (!current) throw notFound('That person is not on this team.', 'not_on_team');
      if (current.role === 'case_manager' && (await tx.workspaces.countWithRole(workspaceId, 'case_manager')) === 1) {
        throw conflict('A team needs at least one case manager. Make someone else case manager first.', 'last_case_manager');
      }
      await tx.workspaces.removeMember(workspaceId, userId);
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'member.removed', subject: userId, details: { role: current.role } });
    });
    c.get('services').connections.closeMatching({ userId, workspaceId }, CloseCodes.forbidden);
    return c.body(null, 204);
  });

  /** The plan as structured data, read through the shared schema (what export renders). */
  app.get('/workspaces/:workspaceId/plan', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const { documents, audit } = c.get('services');
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'document.opened', subject: planDocName(workspaceId), details: { via: 'api' } });
    return c.json({ plan: await documents.readPlan(workspaceId) });
  });

  app.route('/', auditRoutes());

  return app;
}

function identityIsSelf(c: Parameters<typeof requireIdentity>[0], userId: string): boolean {
  return requireIdentity(c).user.id === userId;
}
