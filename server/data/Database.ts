import type { ColumnType, Generated } from 'kysely';

/**
 * Every table the repositories use, as both engines store it. Times are ISO-8601 text on both
 * (string order is time order), JSON is text, blobs are Buffers (BLOB on SQLite, BYTEA on
 * PostgreSQL). The document tables are not here: the document store keeps its own
 * engine-specific SQL behind `DocumentStore`.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  account_links: AccountLinksTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  consents: ConsentsTable;
  meetings: MeetingsTable;
  thread_reads: ThreadReadsTable;
  plan_versions: PlanVersionsTable;
  signatures: SignaturesTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  service_log: ServiceLogTable;
  session_notes: SessionNotesTable;
  calendar_feeds: CalendarFeedsTable;
  document_history: DocumentHistoryTable;
  history_seen: HistorySeenTable;
  suggestion_modes: SuggestionModesTable;
  notification_preferences: NotificationPreferencesTable;
  notification_digest: NotificationDigestTable;
  server_keys: ServerKeysTable;
  meeting_occurrences: MeetingOccurrencesTable;
  reminders: RemindersTable;
  plan_translations: PlanTranslationsTable;
  data_encryption: DataEncryptionTable;
}

/** A column with a default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: string;
  email_verified_at: Nullable<string>;
  language: Defaulted<string>;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: Nullable<string>;
}

export interface AccessTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  created_at: string;
  last_used_at: Nullable<string>;
  revoked_at: Nullable<string>;
  expires_at: Nullable<string>;
}

export interface AccountLinksTable {
  id: string;
  token_hash: string;
  user_id: string;
  purpose: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: Nullable<string>;
}

export interface WorkspacesTable {
  id: string;
  student_name: string;
  grade_or_birth_date: Defaulted<string>;
  school: Defaulted<string>;
  created_by: string;
  created_at: string;
  time_zone: Defaulted<string>;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  consent_id: string | null;
  created_at: string;
  covers: Nullable<string>;
}

export interface InvitationsTable {
  workspace_id: string;
  id: string;
  token_hash: string;
  email: string;
  role: string;
  invited_by: string;
  consent_id: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: Nullable<string>;
  accepted_by: Nullable<string>;
  revoked_at: Nullable<string>;
  language: Defaulted<string>;
}

export interface ConsentsTable {
  workspace_id: string;
  id: string;
  granted_by: string;
  recipient_email: string;
  shared_scope: string;
  purpose: string;
  granted_at: string;
  revoked_at: Nullable<string>;
  revoked_by: Nullable<string>;
  scope_items: Nullable<string>;
}

export interface MeetingsTable {
  workspace_id: string;
  id: string;
  kind: string;
  title: string;
  starts_at: string;
  created_by: string;
  created_at: string;
}

export interface ThreadReadsTable {
  workspace_id: string;
  user_id: string;
  thread_id: string;
  read_at: string;
}

export interface PlanVersionsTable {
  workspace_id: string;
  id: string;
  number: number;
  title: string;
  state: Buffer;
  hash: string;
  proposed_by: string;
  proposed_at: string;
  required_signers: string;
  record: Nullable<string>;
  reason: Defaulted<string>;
  agreed_meeting: Nullable<string>;
}

export interface SignaturesTable {
  version_id: string;
  user_id: string;
  role: string;
  decision: string;
  statement: string;
  version_hash: string;
  signed_at: string;
  typed_name: Defaulted<string>;
  affirmation: Defaulted<string>;
  time_zone: Defaulted<string>;
  method: Defaulted<string>;
  signer_name: Defaulted<string>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  workspace_id: string | null;
  actor_id: string | null;
  action: string;
  subject: string | null;
  details: string | null;
  prev_hash: Nullable<string>;
  hash: Nullable<string>;
}

export interface AuditChainHeadsTable {
  chain: string;
  last_id: number;
  hash: string;
  entries: number;
}

export interface ServiceLogTable {
  workspace_id: string;
  id: string;
  service_id: string;
  date: string;
  minutes: number;
  status: string;
  make_up_for: string | null;
  note: Defaulted<string>;
  recorded_by: string;
  recorded_at: string;
}

export interface SessionNotesTable {
  workspace_id: string;
  id: string;
  target_kind: string;
  target_id: string;
  topic: string;
  body: string;
  author_id: string;
  author_role: string;
  author_setting: string;
  created_at: string;
}

export interface CalendarFeedsTable {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: string;
  revoked_at: Nullable<string>;
}

export interface DocumentHistoryTable {
  id: Generated<number>;
  doc_name: string;
  path: string;
  label: string;
  user_id: string;
  user_name: string;
  role: string;
  started_at: string;
  ended_at: string;
  before_text: string;
  after_text: string;
  kind: Defaulted<string>;
}

export interface HistorySeenTable {
  user_id: string;
  doc_name: string;
  seen_at: string;
}

export interface SuggestionModesTable {
  workspace_id: string;
  role: string;
  mode: string;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  delivery: string;
}

export interface NotificationDigestTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  line: string;
  link: string;
  queued_at: string;
  sent_at: Nullable<string>;
}

export interface ServerKeysTable {
  name: string;
  secret: Buffer;
  created_at: string;
}

export interface MeetingOccurrencesTable {
  workspace_id: string;
  series_id: string;
  occurrence_date: string;
  meeting_id: string;
}

export interface RemindersTable {
  id: Generated<number>;
  user_id: string;
  workspace_id: string;
  event_key: string;
  kind: string;
  params: string;
  link: string;
  created_at: string;
  read_at: Nullable<string>;
}

export interface PlanTranslationsTable {
  workspace_id: string;
  path: string;
  language: string;
  text: string;
  source_text: string;
  source_hash: string;
  author_id: string;
  author_name: string;
  author_role: string;
  updated_at: string;
}

/**
 * Which DATA_KEY the document blobs are sealed with: one row (id 1), written by the document
 * stores' start-up pass, not by repositories. key_id null: stored plain. On PostgreSQL
 * applied_at is null while a start re-seals the rows under key_id (SQLite's pass records only
 * when done, so there it is always set).
 */
export interface DataEncryptionTable {
  id: number;
  key_id: string | null;
  applied_at: string | null;
}
