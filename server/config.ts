import path from 'node:path';
import { parseDataKey, type DataKey } from './store/BlobCipher';
import { parseTrustProxy, type TrustProxySetting } from './trustedProxy';
import { isTimeZone } from '../shared/timeZone';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Largest WebSocket message accepted; larger ones close that socket with 4413. */
  readonly maxMessageBytes: number;
  /** How long an empty room stays in memory, so a quick reload or reconnect finds it warm. */
  readonly roomUnloadDelayMs: number;
  /** How long a page waits for the reads it carries (server/http/pageReads.ts); 0 sends none. */
  readonly pageReadsBudgetMs: number;
  /** Updates appended after the last snapshot before the room folds them into a new one. */
  readonly compactAfterUpdates: number;
  readonly logLevel: LogLevel;
  /**
   * The address people reach the app at (e.g. https://plans.example-school.org). Used for
   * invitation links, the Origin check and Secure cookies; unset, the request's own host is used.
   */
  readonly publicUrl: string | null;
  readonly sessionTtlMs: number;
  readonly invitationTtlMs: number;
  /** smtp:// or smtps:// URL of a mail server; when unset invitations are only shown as links. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /**
   * `DATA_KEY`: when set, document bytes are encrypted at rest with it. `DATA_KEY_PREVIOUS`
   * only reads (key rotation). Never logged.
   */
  readonly dataKey: DataKey | null;
  readonly dataKeyPrevious: DataKey | null;
  /** How long one export may render (in its worker thread) before it is stopped. */
  readonly exportTimeLimitMs: number;
  /** Heap limit of the export worker; an export that needs more fails as too large. */
  readonly exportMemoryLimitMb: number;
  /** postgres:// URL: documents are stored in PostgreSQL instead of the SQLite file. */
  readonly databaseUrl: string | null;
  /** redis:// URL: open documents and revocations are relayed to the other instances. */
  readonly redisUrl: string | null;
  /** Start of every Redis channel name, so several deployments can share one Redis. */
  readonly redisChannelPrefix: string;
  /** When set, /metrics asks for `Authorization: Bearer <token>`; unset, it answers loopback only. */
  readonly metricsToken: string | null;
  /** Age from which the IEP in effect must hold transition planning (34 CFR 300.320(b)); states may set 14. */
  readonly transitionAge: number;
  /** Age of majority under state law; the transfer-of-rights notice is due a year before it. */
  readonly majorityAge: number;
  /** IANA time zone of the schools served: "today" for due dates is the day there. */
  readonly schoolTimeZone: string;
  /** Largest a document may grow (stored bytes); the update that would pass it is refused. */
  readonly maxDocumentBytes: number;
  /** Most Yjs items a document may hold (memory grows with them, not with bytes). */
  readonly maxDocumentItems: number;
  /** Yjs clients (editing sessions) one document may hold: joining and loading grow with them. */
  readonly maxDocumentClients: number;
  /** Sustained document updates per second one socket may send (a token bucket)... */
  readonly updatesPerSecond: number;
  /** ...and how many it may send at once (a paste, an undo of many steps, a reconnect). */
  readonly updateBurst: number;
  /** Open sockets one person may hold at once, across tabs and devices. */
  readonly maxSocketsPerPerson: number;
  /** Largest HTTP request body accepted; larger ones are refused with 413 before being read. */
  readonly maxBodyBytes: number;
  /** A person's spell of editing one field becomes one history entry after this long without a change. */
  readonly historyIdleMs: number;
  /**
   * `TRUST_PROXY`: the proxies whose X-Forwarded-For and X-Request-Id are believed (a number of
   * hops, or their addresses). Unset, the TCP peer is the client and both headers are ignored.
   */
  readonly trustProxy: TrustProxySetting | null;
}

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export const defaultConfig: Config = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: path.resolve('data'),
  maxMessageBytes: 8 * 1024 * 1024,
  roomUnloadDelayMs: 5_000,
  pageReadsBudgetMs: 250,
  compactAfterUpdates: 2_000,
  logLevel: 'info',
  publicUrl: null,
  sessionTtlMs: 7 * 24 * 3_600_000,
  invitationTtlMs: 7 * 24 * 3_600_000,
  smtpUrl: null,
  mailFrom: 'Bridgeplan <no-reply@localhost>',
  dataKey: null,
  dataKeyPrevious: null,
  exportTimeLimitMs: 20_000,
  exportMemoryLimitMb: 512,
  databaseUrl: null,
  redisUrl: null,
  redisChannelPrefix: 'bridgeplan',
  metricsToken: null,
  historyIdleMs: 60_000,
  transitionAge: 16,
  majorityAge: 18,
  schoolTimeZone: 'UTC',
  maxDocumentBytes: 16 * 1024 * 1024,
  maxDocumentItems: 300_000,
  maxDocumentClients: 20_000,
  updatesPerSecond: 50,
  updateBurst: 500,
  maxSocketsPerPerson: 20,
  maxBodyBytes: 1024 * 1024,
  trustProxy: null,
};

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The one reader of the environment. Collects every problem before failing, so a person
 * fixing a deployment sees them all at once rather than one per restart.
 */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const port = integer('PORT', defaultConfig.port, 0, 65_535);
  const maxMessageBytes = integer('MAX_MESSAGE_BYTES', defaultConfig.maxMessageBytes, 1024, 256 * 1024 * 1024);
  const roomUnloadDelayMs = integer('ROOM_UNLOAD_DELAY_MS', defaultConfig.roomUnloadDelayMs, 0, 3_600_000);
  const pageReadsBudgetMs = integer('PAGE_READS_BUDGET_MS', defaultConfig.pageReadsBudgetMs, 0, 10_000);
  const maxBodyBytes = integer('MAX_BODY_BYTES', defaultConfig.maxBodyBytes, 1024, 64 * 1024 * 1024);
  const compactAfterUpdates = integer('COMPACT_AFTER_UPDATES', defaultConfig.compactAfterUpdates, 1, 10_000_000);
  const historyIdleMs = integer('HISTORY_IDLE_MS', defaultConfig.historyIdleMs, 100, 3_600_000);

  const maxDocumentBytes = integer('MAX_DOCUMENT_BYTES', defaultConfig.maxDocumentBytes, 64 * 1024, 1024 * 1024 * 1024);
  const maxDocumentItems = integer('MAX_DOCUMENT_ITEMS', defaultConfig.maxDocumentItems, 1_000, 100_000_000);
  const maxDocumentClients = integer('MAX_DOCUMENT_CLIENTS', defaultConfig.maxDocumentClients, 1_000, 10_000_000);
  const updatesPerSecond = integer('COLLAB_UPDATES_PER_SECOND', defaultConfig.updatesPerSecond, 1, 100_000);
  const updateBurst = integer('COLLAB_UPDATE_BURST', defaultConfig.updateBurst, 1, 1_000_000);
  const maxSocketsPerPerson = integer('MAX_SOCKETS_PER_PERSON', defaultConfig.maxSocketsPerPerson, 1, 10_000);

  const host = env.HOST?.trim() || defaultConfig.host;
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) problems.push(`HOST must be a host name or address, got "${host}"`);

  const dataDirRaw = env.DATA_DIR?.trim();
  const dataDir = dataDirRaw ? path.resolve(cwd, dataDirRaw) : path.resolve(cwd, 'data');

  const logLevelRaw = env.LOG_LEVEL?.trim() || defaultConfig.logLevel;
  const logLevel = (logLevels as readonly string[]).includes(logLevelRaw)
    ? (logLevelRaw as LogLevel)
    : (problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${logLevelRaw}"`), defaultConfig.logLevel);

  const sessionTtlHours = integer('SESSION_TTL_HOURS', defaultConfig.sessionTtlMs / 3_600_000, 1, 24 * 90);
  const invitationTtlHours = integer('INVITATION_TTL_HOURS', defaultConfig.invitationTtlMs / 3_600_000, 1, 24 * 30);

  let publicUrl: string | null = null;
  const publicUrlRaw = env.PUBLIC_URL?.trim();
  if (publicUrlRaw) {
    try {
      const url = new URL(publicUrlRaw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      publicUrl = url.origin;
    } catch {
      problems.push(`PUBLIC_URL must be an http(s) address such as https://plans.example.org, got "${publicUrlRaw}"`);
    }
  }

  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl) {
    let protocol = '';
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') {
      problems.push('SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://...');
    }
  }
  const mailFrom = env.MAIL_FROM?.trim() || defaultConfig.mailFrom;
  const exportTimeLimitMs = integer('EXPORT_TIME_LIMIT_MS', defaultConfig.exportTimeLimitMs, 1_000, 600_000);
  const exportMemoryLimitMb = integer('EXPORT_MEMORY_LIMIT_MB', defaultConfig.exportMemoryLimitMb, 64, 16_384);

  const dataKeyFrom = (name: string): DataKey | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    const key = parseDataKey(raw);
    // Never echo the value: it is a secret.
    if (!key) problems.push(`${name} must be 32 random bytes as 64 hex characters or base64 (e.g. openssl rand -hex 32)`);
    return key;
  };
  const dataKey = dataKeyFrom('DATA_KEY');
  const dataKeyPrevious = dataKeyFrom('DATA_KEY_PREVIOUS');

  const serviceUrl = (name: string, protocols: readonly string[], example: string): string | null => {
    const raw = env[name]?.trim();
    if (!raw) return null;
    let protocol = '';
    try {
      protocol = new URL(raw).protocol;
    } catch {
      // reported below
    }
    if (!protocols.includes(protocol)) problems.push(`${name} must look like ${example}`);
    return raw;
  };
  const databaseUrl = serviceUrl('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://user:password@db.example.org:5432/bridgeplan');
  const redisUrl = serviceUrl('REDIS_URL', ['redis:', 'rediss:'], 'redis://redis.example.org:6379');
  const redisChannelPrefix = env.REDIS_CHANNEL_PREFIX?.trim() || defaultConfig.redisChannelPrefix;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisChannelPrefix)) {
    problems.push(`REDIS_CHANNEL_PREFIX may hold only letters, digits, ".", "-" and "_" (1 to 64), got "${redisChannelPrefix}"`);
  }
  // Instances relay changes but each stores what it serves: without one shared document store
  // a compaction on one could drop an update another has not relayed yet.
  if (redisUrl && !databaseUrl) problems.push('REDIS_URL needs DATABASE_URL: instances must share one PostgreSQL for their documents');
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  const trustProxyParsed = parseTrustProxy(env.TRUST_PROXY);
  if (typeof trustProxyParsed === 'string') problems.push(trustProxyParsed);
  const trustProxy = typeof trustProxyParsed === 'string' ? null : trustProxyParsed;

  const transitionAge = integer('TRANSITION_AGE', defaultConfig.transitionAge, 12, 21);
  const majorityAge = integer('MAJORITY_AGE', defaultConfig.majorityAge, 16, 22);
  const schoolTimeZone = env.SCHOOL_TIME_ZONE?.trim() || defaultConfig.schoolTimeZone;
  if (!isTimeZone(schoolTimeZone)) {
    problems.push(`SCHOOL_TIME_ZONE must be a time zone name such as America/Chicago, got "${schoolTimeZone}"`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    smtpUrl,
    mailFrom,
    databaseUrl,
    redisUrl,
    redisChannelPrefix,
    metricsToken,
    transitionAge,
    majorityAge,
    schoolTimeZone,
    maxBodyBytes,
    port,
    host,
    dataDir,
    maxMessageBytes,
    roomUnloadDelayMs,
    pageReadsBudgetMs,
    compactAfterUpdates,
    logLevel,
    publicUrl,
    sessionTtlMs: sessionTtlHours * 3_600_000,
    invitationTtlMs: invitationTtlHours * 3_600_000,
    dataKey,
    dataKeyPrevious,
    exportTimeLimitMs,
    exportMemoryLimitMb,
    maxDocumentBytes,
    maxDocumentItems,
    maxDocumentClients,
    updatesPerSecond,
    updateBurst,
    maxSocketsPerPerson,
    historyIdleMs,
    trustProxy,
  };
}
