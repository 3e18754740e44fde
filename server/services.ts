import type Database from 'better-sqlite3';
import type { Config } from './config';
import type { Logger } from './logger';
import { AccessTokenRepository } from './accounts/AccessTokenRepository';
import { Authenticator } from './accounts/Authenticator';
import { SessionRepository } from './accounts/SessionRepository';
import { SignInLimiter } from './accounts/SignInLimiter';
import { UserRepository } from './accounts/UserRepository';
import { AuditLog } from './audit/AuditLog';
import { ConnectionTracker } from './collab/ConnectionTracker';
import { DocumentReader } from './documents/DocumentReader';
import { createMailer, type Mailer } from './mail/Mailer';
import type { DocumentStore } from './store/DocumentStore';
import { ConsentRepository } from './workspaces/ConsentRepository';
import { InvitationRepository } from './workspaces/InvitationRepository';
import { MeetingRepository } from './workspaces/MeetingRepository';
import { ThreadReadRepository } from './workspaces/ThreadReadRepository';
import { VersionRepository } from './versions/VersionRepository';
import { RoomRegistry } from './collab/RoomRegistry';
import { WorkspaceRepository } from './workspaces/WorkspaceRepository';
import { ExportRenderer } from './export/worker/ExportRenderer';
import { NotificationRepository } from './notifications/NotificationRepository';
import { Notifier } from './notifications/Notifier';

/** Everything routes and the socket endpoint share, built once by the composition root. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly tokens: AccessTokenRepository;
  readonly authenticator: Authenticator;
  readonly limiter: SignInLimiter;
  readonly workspaces: WorkspaceRepository;
  readonly invitations: InvitationRepository;
  readonly consents: ConsentRepository;
  readonly meetings: MeetingRepository;
  readonly audit: AuditLog;
  readonly connections: ConnectionTracker;
  readonly documents: DocumentReader;
  readonly threadReads: ThreadReadRepository;
  readonly mailer: Mailer | null;
  readonly versions: VersionRepository;
  /** Open documents; server-side document changes (comments) go through it. */
  readonly rooms: RoomRegistry;
  /** Renders exports on a worker thread with a time and memory limit. */
  readonly exports: ExportRenderer;
  /** Mail preferences, the digest queue and the unsubscribe key. */
  readonly notifications: NotificationRepository;
  /** Mails what happened to the people it concerns, per their preferences. */
  readonly notifier: Notifier;
}

export function createServices(db: Database.Database, store: DocumentStore, config: Config, logger: Logger): Services {
  const rooms = new RoomRegistry({
    store,
    logger: logger.child('room'),
    unloadDelayMs: config.roomUnloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
  });
  const users = new UserRepository(db);
  const sessions = new SessionRepository(db, config.sessionTtlMs);
  const tokens = new AccessTokenRepository(db);
  const mailer = createMailer(config.smtpUrl, config.mailFrom, logger.child('mail'));
  const notifications = new NotificationRepository(db);
  return {
    config,
    logger,
    users,
    sessions,
    tokens,
    authenticator: new Authenticator(users, sessions, tokens),
    limiter: new SignInLimiter({ freeFailures: 5, windowMs: 15 * 60_000, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 }),
    workspaces: new WorkspaceRepository(db),
    invitations: new InvitationRepository(db, config.invitationTtlMs),
    consents: new ConsentRepository(db),
    meetings: new MeetingRepository(db),
    audit: new AuditLog(db),
    connections: new ConnectionTracker(),
    documents: new DocumentReader(store),
    threadReads: new ThreadReadRepository(db),
    versions: new VersionRepository(db),
    mailer,
    notifications,
    notifier: new Notifier({ repository: notifications, users, mailer, logger: logger.child('notify') }),
    rooms,
    exports: new ExportRenderer({
      timeLimitMs: config.exportTimeLimitMs,
      memoryLimitMb: config.exportMemoryLimitMb,
      maxQueued: 16,
      logger: logger.child('export'),
    }),
  };
}
