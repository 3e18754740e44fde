import { Hono, type Context } from 'hono';
import type { HistoryResponse } from '../../../shared/history';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireMember } from '../middleware';
import { planDocName } from '../../../shared/docName';

/**
 * Who changed what in the plan. `?path=goals/<id>` narrows to one goal (and its objectives) or
 * one field; `?since=last-look` to what changed since this person last marked the history seen.
 */
export function historyRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  app.get('/workspaces/:workspaceId/history', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const services = c.get('services');
    const pathParam = c.req.query('path');
    const pathPrefix = pathParam ? pathParam.split('/') : undefined;
    if (pathPrefix && (pathPrefix.length > 8 || pathPrefix.some((key) => key.length === 0 || key.length > 200))) throw badRequest('That is not a field of the plan.', 'invalid_path');
    const lastSeenAt = await services.history.lastSeen(identity.user.id, planDocName(workspaceId));
    const sinceParam = c.req.query('since');
    const since = sinceParam === 'last-look' ? (lastSeenAt ?? '') : undefined;
    // Open spells are written first, so "just now" is in the answer.
    await services.historyRecorder.flushAll();
    let entries = await services.history.list(planDocName(workspaceId), { pathPrefix, since, limit: 200 });
    if (sinceParam === 'last-look') entries = entries.filter((entry) => entry.userId !== identity.user.id);
    await services.audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'history.read', subject: planDocName(workspaceId) });
    const body: HistoryResponse = { entries, lastSeenAt };
    return c.json(body);
  });

  app.post('/workspaces/:workspaceId/history/seen', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    await c.get('services').history.markSeen(identity.user.id, planDocName(workspaceId), new Date().toISOString());
    return c.body(null, 204);
  });

  return app;
}
