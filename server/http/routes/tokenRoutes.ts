import { Hono } from 'hono';
import { CloseCodes } from '../../../shared/closeCodes';
import type { AppEnv } from '../AppEnv';
import { accessTokenLifetimes, defaultAccessTokenLifetime } from '../../../shared/api';
import { badRequest, forbidden, notFound } from '../errors';
import { requireIdentity } from '../middleware';
import { readJsonObject, stringField } from '../readBody';

/** Personal access tokens, managed only from a signed-in browser session. */
export function tokenRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const requireSession = (identity: ReturnType<typeof requireIdentity>) => {
    if (!identity.sessionId) throw forbidden('Manage access tokens from a signed-in browser.', 'session_required');
  };

  app.get('/tokens', async (c) => {
    const identity = requireIdentity(c);
    return c.json({ tokens: await c.get('services').tokens.listForUser(identity.user.id) });
  });

  app.post('/tokens', async (c) => {
    const identity = requireIdentity(c);
    requireSession(identity);
    const body = await readJsonObject(c);
    const name = stringField(body, 'name', { max: 80, label: 'Token name' });
    const asked: unknown = body.expiresInDays ?? defaultAccessTokenLifetime;
    const lifetimeDays = accessTokenLifetimes.find((days) => days === asked);
    if (lifetimeDays === undefined) {
      throw badRequest(`A token lasts ${accessTokenLifetimes.join(', ')} days; choose one of these.`, 'invalid_expiresInDays');
    }
    const { tokens, audit } = c.get('services');
    const created = await tokens.create(identity.user.id, name, lifetimeDays);
    await audit.record({ actorId: identity.user.id, action: 'token.created', subject: created.id, details: { expiresAt: created.expiresAt ?? '' } });
    return c.json({ token: created }, 201);
  });

  app.delete('/tokens/:tokenId', async (c) => {
    const identity = requireIdentity(c);
    requireSession(identity);
    const tokenId = c.req.param('tokenId');
    const { tokens, connections, audit } = c.get('services');
    if (!(await tokens.revoke(identity.user.id, tokenId))) throw notFound('No such token.', 'no_token');
    connections.closeMatching({ tokenId }, CloseCodes.sessionExpired);
    await audit.record({ actorId: identity.user.id, action: 'token.revoked', subject: tokenId });
    return c.body(null, 204);
  });

  return app;
}
