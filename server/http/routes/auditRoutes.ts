import { Hono, type Context } from 'hono';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireMember } from '../middleware';
import type { AuditFilter } from '../../audit/AuditLog';

const defaultPageSize = 100;
const maxPageSize = 500;

/** An ISO date or instant from the query, as an ISO instant; a bare date ending a range means its last millisecond. */
function instantQuery(c: Context<AppEnv>, key: 'from' | 'to'): string | undefined {
  const raw = c.req.query(key)?.trim();
  if (!raw) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const parsed = new Date(dateOnly ? `${raw}T${key === 'to' ? '23:59:59.999' : '00:00:00.000'}Z` : raw);
  if (raw.length > 40 || Number.isNaN(parsed.getTime())) throw badRequest(`"${key}" must be a date such as 2025-03-01.`, 'invalid_date');
  return parsed.toISOString();
}

function readFilter(c: Context<AppEnv>): AuditFilter {
  const limitRaw = c.req.query('limit');
  const limit = limitRaw === undefined ? defaultPageSize : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) throw badRequest(`"limit" must be from 1 to ${maxPageSize}.`, 'invalid_limit');
  const cursor = c.req.query('cursor');
  const beforeId = cursor === undefined || cursor === '' ? undefined : Number(cursor);
  if (beforeId !== undefined && (!Number.isInteger(beforeId) || beforeId < 1)) throw badRequest('That page of the log does not exist.', 'invalid_cursor');
  const actorId = c.req.query('actor')?.trim() || undefined;
  const action = c.req.query('action')?.trim() || undefined;
  if ((actorId?.length ?? 0) > 100 || (action?.length ?? 0) > 100) throw badRequest('That filter is too long.', 'invalid_filter');
  const from = instantQuery(c, 'from');
  const to = instantQuery(c, 'to');
  if (from && to && from > to) throw badRequest('The start of the period must come before its end.', 'invalid_date');
  return { limit, beforeId, actorId, action, from, to };
}

/**
 * The workspace's activity log, for those whose role reads it (the case manager): pages of
 * events newest first, filtered by person, action and period, and a check of the hash chain.
 */
export function auditRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/workspaces/:workspaceId/audit', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId, 'readAudit');
    return c.json(await c.get('services').audit.list(workspaceId, readFilter(c)));
  });

  app.get('/workspaces/:workspaceId/audit/verification', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId, 'readAudit');
    return c.json({ verification: await c.get('services').audit.verify(workspaceId) });
  });

  return app;
}
