import { AsyncLocalStorage } from 'node:async_hooks';
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

/**
 * Fields every line logged while handling one request or one socket carries (its request id),
 * however deep the code that logs: routes and services log through their own loggers and
 * need not be handed the id.
 */
const logContext = new AsyncLocalStorage<LogFields>();

/** Runs `work` (and everything it starts) with `fields` on every log line. */
export function withLogContext<T>(fields: LogFields, work: () => T): T {
  return logContext.run({ ...logContext.getStore(), ...fields }, work);
}

/**
 * `handler`, run later from an event (a socket's message), keeps the fields of where it was
 * made: events of a socket made during its upgrade carry that upgrade's request id.
 * Not `AsyncLocalStorage.bind`: on Node 20 that makes an AsyncResource with two deprecation
 * wrappers per handler, about 4 KiB of heap per socket for three handlers; running the
 * handler inside the captured fields is all the log lines need.
 */
export function keepLogContext<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const fields = logContext.getStore();
  if (fields === undefined) return handler;
  return (...args: A) => logContext.run(fields, handler, ...args);
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(level: LogLevel, sink: LogSink = (line) => process.stderr.write(`${line}\n`), category = 'app'): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (rank[at] < rank[level]) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: at, category, message, ...logContext.getStore(), ...fields }));
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
