import type { LogLevel } from './config';

/**
 * A small structured logger with categories. Callers pass facts (ids, sizes, codes), never
 * document content, names of children or credentials: logs leave the privacy boundary.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(category: string): Logger;
}

export type LogSink = (line: string) => void;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(level: LogLevel, sink: LogSink = (line) => process.stderr.write(`${line}\n`), category = 'app'): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (rank[at] < rank[level]) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: at, category, message, ...fields }));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (sub) => createLogger(level, sink, `${category}.${sub}`),
  };
}

/** Turns an unknown thrown value into log fields without leaking anything but its message. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.message, errorName: error.name };
  return { error: String(error) };
}
