import type { Database } from '../../data/Database';

/**
 * Every table of `Database` in the order the copy inserts them: a table comes after every
 * table its PostgreSQL foreign keys point at. The record below must name each table of
 * `Database` (the compiler checks it), so a table added there cannot be left out of the copy.
 * Within a table rows go in SQLite rowid order, which is the order they were written in, so a
 * row referring to an earlier row of its own table (a make-up session) follows it.
 */
const copyPosition = {
  users: 1,
  server_keys: 2,
  sessions: 3,
  access_tokens: 4,
  account_links: 5,
  calendar_feeds: 6,
  notification_preferences: 7,
  notification_digest: 8,
  workspaces: 9,
  consents: 10,
  memberships: 11,
  invitations: 12,
  meetings: 13,
  meeting_occurrences: 14,
  thread_reads: 15,
  suggestion_modes: 16,
  service_log: 17,
  session_notes: 18,
  plan_versions: 19,
  signatures: 20,
  document_history: 21,
  history_seen: 22,
  reminders: 23,
  plan_translations: 24,
  audit_events: 25,
  audit_chain_heads: 26,
} as const satisfies Record<CopiedTable, number>;

/** data_encryption is not copied row for row: copyDocuments records the key the copied blobs carry. */
export type CopiedTable = Exclude<keyof Database, 'data_encryption'>;

export const copiedTables: readonly CopiedTable[] = (Object.keys(copyPosition) as CopiedTable[]).sort(
  (a, b) => copyPosition[a] - copyPosition[b],
);

/** The document store's own tables (outside `Database`): copied by copyDocuments. */
export const documentTables = ['documents', 'document_updates'] as const;

/**
 * SQLite tables deliberately not copied, and why. Any other table found in the file stops the
 * copy: it would belong to a migration this tool does not know yet.
 */
export const tablesNotCopied: Readonly<Record<string, string>> = {
  schema_migrations: 'PostgreSQL keeps its own migration numbers',
  data_encryption: 'the document copy records which data key the blobs it copies are sealed with',
};
