import { Hono } from 'hono';
import type { AppEnv } from '../AppEnv';
import { badRequest, notFound } from '../errors';
import { requireIdentity } from '../middleware';

/** A person's own unread reminders, shown in the app beside their unread conversations. */
export function reminderRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/notifications/reminders', async (c) => {
    const identity = requireIdentity(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ reminders: (await c.get('services').reminders.unread(identity.user.id)) });
  });

  /** Only the person reminded can dismiss it; anyone else's id is simply not found. */
  app.post('/notifications/reminders/:id/read', async (c) => {
    const identity = requireIdentity(c);
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0) throw badRequest('No such reminder.', 'invalid_id');
    if (!(await c.get('services').reminders.markRead(identity.user.id, id, new Date().toISOString()))) throw notFound('No such reminder.', 'no_reminder');
    return c.body(null, 204);
  });

  return app;
}
