import { parse as parseCookies } from 'hono/utils/cookie';
import type { UserView } from '../../shared/api';
import type { AccessTokenRepository } from './AccessTokenRepository';
import type { SessionRepository } from './SessionRepository';
import { publicUser, type UserRepository } from './UserRepository';

export const sessionCookieName = 'bp_session';

/** The person behind a request, and how they proved it. */
export interface Identity {
  readonly user: UserView;
  readonly sessionId: string | null;
  readonly tokenId: string | null;
  readonly expiresAt: string | null;
}

export interface Credentials {
  readonly cookieHeader?: string | undefined;
  /** `Authorization: Bearer <token>` or `?token=` for non-browser clients. */
  readonly bearerToken?: string | undefined;
}

/** Resolves a session cookie or personal access token to a live identity; the one place that does. */
export class Authenticator {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokenRepository,
  ) {}

  async identify(credentials: Credentials): Promise<Identity | null> {
    if (credentials.bearerToken) return this.fromToken(credentials.bearerToken);
    const secret = credentials.cookieHeader ? parseCookies(credentials.cookieHeader, sessionCookieName)[sessionCookieName] : undefined;
    if (!secret) return null;
    const session = await this.sessions.findLive(secret);
    if (!session) return null;
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    return { user: publicUser(user), sessionId: session.id, tokenId: null, expiresAt: session.expiresAt };
  }

  private async fromToken(token: string): Promise<Identity | null> {
    const used = await this.tokens.use(token);
    if (!used) return null;
    const user = await this.users.findById(used.userId);
    if (!user) return null;
    // A socket opened with a token closes when the token expires, as one with a session does.
    return { user: publicUser(user), sessionId: null, tokenId: used.tokenId, expiresAt: used.expiresAt };
  }
}

export function bearerFrom(authorization: string | undefined): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
