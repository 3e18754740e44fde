import { Hono } from 'hono';
import { isRequiredParticipant, type RequiredParticipant } from '../../../shared/schema/iepVocabulary';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject } from '../readBody';

/**
 * Which required participant of 34 CFR 300.321 each member covers at meetings, set by the case
 * manager: a special education teacher may also be the district representative, a school
 * psychologist interprets evaluations. `covers: null` returns a member to their role's default.
 */
export function teamCoverageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.put('/workspaces/:workspaceId/members/:userId/covers', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const userId = c.req.param('userId');
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const covers = readCovers((await readJsonObject(c)).covers);
    const { workspaces, audit } = c.get('services');
    if (!(await workspaces.membership(workspaceId, userId))) throw notFound('That person is not on this team.', 'not_on_team');
    await workspaces.setCovers(workspaceId, userId, covers);
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'member.coverage_changed', subject: userId, details: { covers: covers === null ? 'role default' : covers.join(',') || 'none' } });
    return c.json({ members: await workspaces.members(workspaceId) });
  });

  return app;
}

function readCovers(value: unknown): RequiredParticipant[] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length > 10 || !value.every(isRequiredParticipant)) {
    throw badRequest('Choose which required participants this member covers: parent, general_education_teacher, special_education_teacher, district_representative, evaluation_interpreter.', 'invalid_covers');
  }
  return [...new Set(value)];
}
