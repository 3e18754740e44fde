import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorFields, type Logger } from '../logger';

/** A failure the client may be told about: a stable id it can branch on and a plain message. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, id = 'bad_request') => new HttpError(400, id, message);
export const unauthorized = (message = 'Please sign in.', id = 'unauthorized') => new HttpError(401, id, message);
export const forbidden = (message = 'You do not have access to this.', id = 'forbidden') => new HttpError(403, id, message);
export const notFound = (message = 'Not found.', id = 'not_found') => new HttpError(404, id, message);
export const conflict = (message: string, id = 'conflict') => new HttpError(409, id, message);
export const tooManyRequests = (message: string, id = 'too_many_requests') => new HttpError(429, id, message);

/** The one error handler: known errors as JSON, anything else logged and hidden behind a 500. */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof HttpError) {
      return c.json({ error: { id: error.id, message: error.message } }, error.status);
    }
    logger.error('unhandled request error', { method: c.req.method, path: c.req.path, ...errorFields(error) });
    return c.json({ error: { id: 'internal', message: 'Something went wrong on our side. Please try again.' } }, 500);
  };
}
