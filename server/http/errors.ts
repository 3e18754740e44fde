import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorFields, type Logger } from '../logger';

/**
 * Names, counts and dates a refusal's message mentions, sent beside it so a client in another
 * language can say the same thing from its own catalog (`{{name}}` placeholders).
 */
export type ProblemFacts = Readonly<Record<string, string | number>>;

/** A failure the client may be told about: a stable id it can branch on and a plain message. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly id: string,
    message: string,
    readonly facts?: ProblemFacts,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, id = 'bad_request', facts?: ProblemFacts) => new HttpError(400, id, message, facts);
export const unauthorized = (message = 'Please sign in.', id = 'unauthorized') => new HttpError(401, id, message);
export const forbidden = (message = 'You do not have access to this.', id = 'forbidden', facts?: ProblemFacts) => new HttpError(403, id, message, facts);
export const notFound = (message = 'Not found.', id = 'not_found') => new HttpError(404, id, message);
export const conflict = (message: string, id = 'conflict', facts?: ProblemFacts) => new HttpError(409, id, message, facts);
export const tooManyRequests = (message: string, id = 'too_many_requests', facts?: ProblemFacts) => new HttpError(429, id, message, facts);

/** The one error handler: known errors as JSON, anything else logged and hidden behind a 500. */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof HttpError) {
      const facts = error.facts ? { facts: error.facts } : {};
      return c.json({ error: { id: error.id, message: error.message, ...facts } }, error.status);
    }
    logger.error('unhandled request error', { method: c.req.method, path: c.req.path, ...errorFields(error) });
    return c.json({ error: { id: 'internal', message: 'Something went wrong on our side. Please try again.' } }, 500);
  };
}
