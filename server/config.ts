import path from 'node:path';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Largest WebSocket message accepted; larger ones close that socket with 4413. */
  readonly maxMessageBytes: number;
  /** How long an empty room stays in memory, so a quick reload or reconnect finds it warm. */
  readonly roomUnloadDelayMs: number;
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
  /** Largest HTTP request body accepted; larger ones are refused with 413 before being read. */
  readonly maxBodyBytes: number;
}

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export const defaultConfig: Config = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: path.resolve('data'),
  maxMessageBytes: 8 * 1024 * 1024,
  roomUnloadDelayMs: 5_000,
  compactAfterUpdates: 2_000,
  logLevel: 'info',
  publicUrl: null,
  sessionTtlMs: 7 * 24 * 3_600_000,
  invitationTtlMs: 7 * 24 * 3_600_000,
  smtpUrl: null,
  mailFrom: 'Bridgeplan <no-reply@localhost>',
  maxBodyBytes: 1024 * 1024,
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
  const maxBodyBytes = integer('MAX_BODY_BYTES', defaultConfig.maxBodyBytes, 1024, 64 * 1024 * 1024);
  const compactAfterUpdates = integer('COMPACT_AFTER_UPDATES', defaultConfig.compactAfterUpdates, 1, 10_000_000);

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

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    smtpUrl,
    mailFrom,
    maxBodyBytes,
    port,
    host,
    dataDir,
    maxMessageBytes,
    roomUnloadDelayMs,
    compactAfterUpdates,
    logLevel,
    publicUrl,
    sessionTtlMs: sessionTtlHours * 3_600_000,
    invitationTtlMs: invitationTtlHours * 3_600_000,
  };
}
