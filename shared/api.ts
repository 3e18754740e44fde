import type { ConsentScopeItem } from './consentScope';
import type { Language } from './i18n/languages';
import type { Role, Setting } from './roles';
import type { MeetingKind } from './schema/vocabulary';
import type { RequiredParticipant } from './schema/iepVocabulary';
import type { ThreadView } from './schema/comments';

/** Shapes the REST API returns; the client and the tests read these, the server writes them. */
export interface ApiError {
  /** `facts`: the names, counts and limits the message mentions, for the client's catalog. */
  readonly error: { readonly id: string; readonly message: string; readonly facts?: Readonly<Record<string, string | number>> };
}

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** Proved by a mailed link or confirmed in person; needed to join a team or receive mail. */
  readonly emailVerified: boolean;
  /** The language of this person's interface and mail. */
  readonly language: Language;
}

export interface SetupState {
  /** True on a fresh install: the first visitor is led to create an account. */
  readonly needsFirstAccount: boolean;
  /** This server mails links (email verification, password reset, invitations). */
  readonly mailEnabled: boolean;
}

export interface WorkspaceSummary {
  readonly id: string;
  readonly studentName: string;
  readonly gradeOrBirthDate: string;
  readonly school: string;
  /** IANA zone every date and time of this workspace is shown in. */
  readonly timeZone: string;
  readonly role: Role;
}

export interface MemberView {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly setting: Setting;
  readonly joinedAt: string;
  /** Whether their email is verified; the team page shows it. Absent where it does not matter (exports). */
  readonly emailVerified?: boolean;
  /** Which required participants of 300.321 they cover at meetings: as the case manager set, else their role's default. */
  readonly covers?: readonly RequiredParticipant[];
  /** Whether the case manager set `covers` (false: the role's default). */
  readonly coversSet?: boolean;
}

export interface DocumentView {
  readonly name: string;
  readonly kind: 'plan' | 'comments' | 'meeting' | 'progress' | 'schedule';
  readonly title: string;
}

export interface MeetingSummary {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly title: string;
  /** ISO date-time the meeting starts. */
  readonly startsAt: string;
  /** The shared document holding its agenda, attendance, notes and action items. */
  readonly docName: string;
}

export interface WorkspaceDetail extends WorkspaceSummary {
  readonly members: readonly MemberView[];
  readonly documents: readonly DocumentView[];
  readonly meetings: readonly MeetingSummary[];
}

export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly status: 'pending' | 'accepted' | 'expired' | 'revoked';
  /** Whether the person asking may withdraw it (who sent it, or the case manager). */
  readonly canWithdraw?: boolean;
}

/** A pending invitation as its inviters see it, with whether the invited person can accept yet. */
export interface PendingInvitationView extends InvitationView {
  /** `unverified`: they have an account but its email is not verified, so they cannot join yet. */
  readonly inviteeAccount: 'none' | 'unverified' | 'verified';
}

export interface CreatedInvitation {
  readonly invitation: InvitationView;
  /** The single-use link; shown once to the inviter. */
  readonly link: string;
  readonly mailed: boolean;
}

export interface InvitationPreview {
  /** Shown only to the invited person once signed in; null otherwise. */
  readonly studentName: string | null;
  readonly role: Role;
  readonly invitedByName: string;
  readonly email: string;
  readonly expiresAt: string;
  readonly status: 'pending' | 'accepted' | 'expired' | 'revoked';
  /** The language the inviter chose for the invited person; the page opens in it. */
  readonly language: Language;
}

export interface ConsentView {
  readonly id: string;
  readonly grantedBy: string;
  readonly grantedByName: string;
  readonly recipientEmail: string;
  /** The parent's own words about what is shared. */
  readonly sharedScope: string;
  /** The boxes the parent ticked; null for a consent given as words only, before the boxes. */
  readonly scopeItems: readonly ConsentScopeItem[] | null;
  readonly purpose: string;
  readonly grantedAt: string;
  readonly revokedAt: string | null;
}

export interface AuditEventView {
  readonly id: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: Readonly<Record<string, string>> | null;
}

/** One page of the activity log, newest first; `nextCursor` fetches the older ones. */
export interface AuditPage {
  readonly events: readonly AuditEventView[];
  readonly nextCursor: string | null;
}

/** The result of walking a workspace's audit chain: the first link that does not hold, if any. */
export interface AuditVerification {
  readonly ok: boolean;
  /** Entries whose links held, from the oldest. */
  readonly checked: number;
  /** The newest hash when the chain holds: record it elsewhere to detect a rewritten history. */
  readonly headHash: string | null;
  readonly firstBroken: { readonly id: number | null; readonly at: string | null; readonly problem: string } | null;
}

export interface AccessTokenView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  /** After this the token stops working; chosen when it is created. */
  readonly expiresAt: string | null;
}

/** The lifetimes offered for a new access token, in days; a token that never expires is not offered. */
export const accessTokenLifetimes = [7, 30, 90, 365] as const;
export type AccessTokenLifetime = (typeof accessTokenLifetimes)[number];
export const defaultAccessTokenLifetime: AccessTokenLifetime = 90;

export interface CreatedAccessToken extends AccessTokenView {
  /** The secret itself, shown once. */
  readonly token: string;
}

/** A comment thread with this person's unread state. */
export interface ThreadSummary {
  readonly thread: ThreadView;
  /** Comments by others since this person last read the thread. */
  readonly unread: number;
  /** Someone mentioned this person in a comment they have not read yet. */
  readonly mentioned: boolean;
  /** This person started the thread or commented in it. */
  readonly participating: boolean;
}

export const signatureDecisions = ['agree', 'agree_with_reservations', 'disagree'] as const;
export type SignatureDecision = (typeof signatureDecisions)[number];

export function isSignatureDecision(value: unknown): value is SignatureDecision {
  return typeof value === 'string' && (signatureDecisions as readonly string[]).includes(value);
}

export const signatureDecisionLabels: Record<SignatureDecision, string> = {
  agree: 'Agrees',
  agree_with_reservations: 'Agrees with reservations',
  disagree: 'Disagrees',
};

/** One member's signature on one frozen version, naming the version's hash. */
export interface SignatureView {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly decision: SignatureDecision;
  readonly statement: string;
  readonly versionHash: string;
  readonly signedAt: string;
  /** The full name the signer typed. */
  readonly typedName: string;
  /** The plain statement the signer confirmed ("I have read version 3 of Leo's plan and I agree"). */
  readonly affirmation: string;
  /** The workspace's zone when they signed, so the time reads as they saw it. */
  readonly timeZone: string;
  /** How the signer's identity was checked: 'password' re-entered, or 'recent_sign_in'. */
  readonly method: string;
}

/** A frozen, immutable state of the plan: its Yjs state bytes are hashed with SHA-256. */
export interface VersionView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /**
   * The fingerprint, hex: SHA-256 over the canonical serialisation of the version number and
   * everything the version shows (plan, team, student, meetings, time zone, dates). Versions
   * from before that record existed carry the SHA-256 of their state bytes.
   */
  readonly hash: string;
  /** A short form of the fingerprint for people ("1656-5e7d"). */
  readonly documentCode: string;
  /** Why the plan was proposed again unchanged; '' when it changed. */
  readonly reason: string;
  /** The workspace's zone when proposed: every time of the version reads in it. */
  readonly timeZone: string;
  readonly proposedBy: { readonly userId: string; readonly name: string };
  readonly proposedAt: string;
  /** Agreed once every required signer has agreed (with or without reservations). */
  readonly status: 'proposed' | 'agreed';
  readonly requiredSigners: readonly string[];
  readonly signatures: readonly SignatureView[];
  /**
   * The meeting where the team agrees (or agreed) this version, as it was when linked; null
   * when none is linked. Outside the fingerprint: like a signature, it is added to the record,
   * and it can no longer change once the version is agreed.
   */
  readonly agreedAt?: AgreedMeetingView | null;
  /** False for a version proposed before versions froze the team, meetings and dates with them. */
  readonly recordFrozen?: boolean;
}

/** A meeting as a version's record names it: frozen when linked, so a later edit of the meeting never rewrites it. */
export interface AgreedMeetingView {
  readonly meetingId: string;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly startsAt: string;
}

/** One student on a person's caseload (GET /api/caseload). */
export interface CaseloadStudent {
  readonly workspaceId: string;
  readonly studentName: string;
  readonly role: Role;
  /** Today where this student's school is (the workspace's time zone): what overdue is judged against. */
  readonly today: string;
  /** The workspace's IANA time zone: the caseload shows this student's meeting times on it. */
  readonly timeZone: string;
  /**
   * False when the parent's consent does not share the plan with this person: everything
   * below is then empty, as none of it is theirs to see.
   */
  readonly planShared: boolean;
  /** Overdue first, then soonest. */
  readonly due: readonly import('./caseloadDue').DueItem[];
  readonly upcomingMeetings: readonly MeetingSummary[];
  /** Proposed versions this person must sign and has not. */
  readonly awaitingSignature: readonly { readonly id: string; readonly number: number; readonly title: string }[];
  /** Conversations with comments from others this person has not read. */
  readonly unreadConversations: number;
  /** The oldest of them, which the caseload opens the plan on; null when none. */
  readonly firstUnreadThreadId: string | null;
  /** "11 of 13 required parts complete", in English (the client phrases the counts below in the reader's language). */
  readonly completeness: string;
  /** Required parts complete, and required parts in all, that the line above counts. */
  readonly requiredComplete: number;
  readonly requiredTotal: number;
}

export interface CaseloadView {
  /** Today in the schools' time zone, `YYYY-MM-DD`. */
  readonly today: string;
  readonly students: readonly CaseloadStudent[];
}

/** Required participants at one meeting (GET /api/workspaces/:id/team-coverage). */
export interface MeetingCoverageView {
  readonly meeting: MeetingSummary;
  readonly coverage: readonly import('./schema/meetingTeam').ParticipantCoverage[];
}

export interface IepRulesView {
  readonly transitionAge: number;
  readonly majorityAge: number;
  readonly today: string;
}
