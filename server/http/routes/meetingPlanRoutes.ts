import { Hono } from 'hono';
import { roleDefinitions } from '../../../shared/roles';
import { planDoc, type Author } from '../../../shared/schema';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireMember } from '../middleware';
import { planDocName } from '../../../shared/docName';

/**
 * Meetings and the plan meet: a decision recorded in a meeting is carried into the plan's
 * decisions, marked with the meeting that agreed it. The server writes the plan (through the
 * room, so everyone online sees it at once) under the plan decision id equal to the meeting
 * decision's id: carrying the same decision twice leaves one decision in the plan.
 */
export function meetingPlanRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/workspaces/:workspaceId/meetings/:meetingId/decisions/:decisionId/plan', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId, 'edit');
    const { meetings, documents, rooms } = c.get('services');
    const meeting = await meetings.find(workspaceId, c.req.param('meetingId'));
    if (!meeting) throw notFound('No such meeting.', 'no_meeting');
    const content = await documents.readMeeting(workspaceId, meeting.id);
    const decision = content.decisions.find((item) => item.id === c.req.param('decisionId'));
    if (!decision) throw notFound('No such decision in this meeting.', 'no_decision');
    if (decision.text.trim() === '') throw badRequest('Write the decision before adding it to the plan.', 'empty_decision');
    const author: Author = { userId: identity.user.id, name: identity.user.displayName, role: membership.role, setting: roleDefinitions[membership.role].setting };
    let added = false;
    await rooms.change(planDocName(workspaceId), (doc) => {
      const plan = planDoc(doc);
      if (plan.decisions.get(decision.id)) return;
      plan.decisions.add({ text: decision.text, decidedAt: decision.decidedAt, meetingId: meeting.id }, author, decision.id);
      added = true;
    });
    return c.json({ decisionId: decision.id, added }, added ? 201 : 200);
  });

  return app;
}
