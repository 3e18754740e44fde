import type { Kysely } from 'kysely';
import type { Database } from './data/Database';
import type { Config } from './config';
import type { Logger } from './logger';
import { AccessTokenRepository } from './accounts/AccessTokenRepository';
import { Authenticator } from './accounts/Authenticator';
import { SessionRepository } from './accounts/SessionRepository';
import type { AttemptLimiter } from './accounts/AttemptLimiter';
import { MemoryAttemptLimiter } from './accounts/MemoryAttemptLimiter';
import { AccountLinkRepository } from './accounts/AccountLinkRepository';
import { UserRepository } from './accounts/UserRepository';
import { AuditLog } from './audit/AuditLog';
import { ConnectionTracker } from './collab/ConnectionTracker';
import { DocumentReader } from './documents/DocumentReader';
import { createMailer, type Mailer } from './mail/Mailer';
import type { DocumentStore } from './store/DocumentStore';
import { NotifyingDocumentStore } from './store/NotifyingDocumentStore';
import { SummaryCache } from './workspaces/SummaryCache';
import { ConsentRepository } from './workspaces/ConsentRepository';
import { InvitationRepository } from './workspaces/InvitationRepository';
import { MeetingRepository } from './workspaces/MeetingRepository';
import { ThreadReadRepository } from './workspaces/ThreadReadRepository';
import { VersionRepository } from './versions/VersionRepository';
import { RoomRegistry } from './collab/RoomRegistry';
import { mustSuggestBy } from './suggestions/mustSuggest';
import { WorkspaceRepository } from './workspaces/WorkspaceRepository';
import { ExportRenderer } from './export/worker/ExportRenderer';
import { CalendarFeedRepository } from './schedule/CalendarFeedRepository';
import { ServiceLogRepository } from './schedule/ServiceLogRepository';
import { SessionNoteRepository } from './schedule/SessionNoteRepository';
import { HistoryRecorder } from './history/HistoryRecorder';
import { HistoryRepository } from './history/HistoryRepository';
import { SuggestionModeRepository } from './suggestions/SuggestionModeRepository';
import { AcceptUndo } from './suggestions/AcceptUndo';
import { NotificationRepository } from './notifications/NotificationRepository';
import { Notifier } from './notifications/Notifier';
import { MeetingOccurrenceRepository } from './schedule/MeetingOccurrenceRepository';
import { ReminderJob } from './reminders/ReminderJob';
import { ReminderRepository } from './reminders/ReminderRepository';
import { TranslationRepository } from './translations/TranslationRepository';

/** Everything routes and the socket endpoint share, built once by the composition root. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  /** The repositories' database (SQLite or PostgreSQL); for work that spans several of them. */
  readonly data: Kysely<Database>;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly tokens: AccessTokenRepository;
  readonly authenticator: Authenticator;
  /** Limits guessing and flooding (sign-in, sign-up, mailed links); see AttemptLimiter.ts. */
  readonly limiter: AttemptLimiter;
  readonly accountLinks: AccountLinkRepository;
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
  readonly serviceLog: ServiceLogRepository;
  readonly sessionNotes: SessionNoteRepository;
  readonly calendarFeeds: CalendarFeedRepository;
  /** Who changed which plan field; the recorder follows every open plan. */
  readonly history: HistoryRepository;
  readonly historyRecorder: HistoryRecorder;
  /** Per workspace and role: edit directly or suggest by default. */
  readonly suggestionModes: SuggestionModeRepository;
  /** Recent accepts and rejects that can still be undone. */
  readonly acceptUndo: AcceptUndo;
  /** Mail preferences, the digest queue and the unsubscribe key. */
  readonly notifications: NotificationRepository;
  /** Mails what happened to the people it concerns, per their preferences. */
  readonly notifier: Notifier;
  /** The caseload's per-workspace summaries, dropped when the documents they come from change. */
  readonly summaries: SummaryCache;
  /** Which meeting each occurrence of a recurring check-in or joint evaluation became. */
  readonly meetingOccurrences: MeetingOccurrenceRepository;
  /** Reminders given (one per event and person) and whether each was read. */
  readonly reminders: ReminderRepository;
  /** The periodic job that gives them. */
  readonly reminderJob: ReminderJob;
  /** Translations of record of plan fields, each tied to the words it translated. */
  readonly translations: TranslationRepository;
}

/** `limiter`: the shared one on Redis when several instances run (main.ts), else per process. */
export function createServices(
  db: Kysely<Database>,
  durableStore: DocumentStore,
  config: Config,
  logger: Logger,
  limiter: AttemptLimiter = new MemoryAttemptLimiter(),
): Services {
  // Every durable append tells the summary cache which document changed.
  const store = new NotifyingDocumentStore(durableStore);
  const summaries = new SummaryCache();
  store.onAppended((name) => summaries.documentChanged(name));
  const suggestionModes = new SuggestionModeRepository(db);
  const rooms = new RoomRegistry({
    store,
    logger: logger.child('room'),
    unloadDelayMs: config.roomUnloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    limits: { maxBytes: config.maxDocumentBytes, maxItems: config.maxDocumentItems, maxClients: config.maxDocumentClients },
    mustSuggest: mustSuggestBy(suggestionModes),
  });
  const users = new UserRepository(db);
  const sessions = new SessionRepository(db, config.sessionTtlMs);
  const tokens = new AccessTokenRepository(db);
  const history = new HistoryRepository(db);
  const historyRecorder = new HistoryRecorder({ repository: history, logger: logger.child('history'), idleMs: config.historyIdleMs });
  rooms.onRoomLoaded((room) => historyRecorder.attach(room));
  const mailer = createMailer(config.smtpUrl, config.mailFrom, logger.child('mail'));
  const notifications = new NotificationRepository(db);
  const meetings = new MeetingRepository(db);
  const services: Services = {
    summaries,
    meetingOccurrences: new MeetingOccurrenceRepository(db, meetings),
    reminders: new ReminderRepository(db),
    reminderJob: new ReminderJob({ services: () => services, logger: logger.child('reminders') }),
    history,
    historyRecorder,
    suggestionModes,
    acceptUndo: new AcceptUndo(),
    config,
    data: db,
    logger,
    users,
    sessions,
    tokens,
    authenticator: new Authenticator(users, sessions, tokens),
    limiter,
    accountLinks: new AccountLinkRepository(db),
    workspaces: new WorkspaceRepository(db),
    invitations: new InvitationRepository(db, config.invitationTtlMs),
    consents: new ConsentRepository(db),
    meetings,
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
    serviceLog: new ServiceLogRepository(db),
    sessionNotes: new SessionNoteRepository(db),
    calendarFeeds: new CalendarFeedRepository(db),
    translations: new TranslationRepository(db),
  };
  return services;
}
