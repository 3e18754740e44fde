import type { LimitKey, LimitRule } from './AttemptLimiter';

const minute = 60_000;

/**
 * The limits on guessing and flooding. Addresses carry the long waits: a guesser works from
 * few addresses. Accounts carry only short ones (seconds, capped at 30 s), so a stranger
 * hammering someone's email cannot lock its owner out for long; a successful sign-in clears
 * the account's count and gives the address its attempt back.
 */
export const limitRules = {
  signInAddress: { name: 'signin-address', freeAttempts: 10, windowMs: 15 * minute, baseDelayMs: 1_000, maxDelayMs: 15 * minute },
  signInAccount: { name: 'signin-account', freeAttempts: 5, windowMs: 15 * minute, baseDelayMs: 2_000, maxDelayMs: 30_000 },
  /** Every sign-up costs a password hash and creates a row: a few per address per hour. */
  signUpAddress: { name: 'signup-address', freeAttempts: 10, windowMs: 60 * minute, baseDelayMs: minute, maxDelayMs: 60 * minute },
  /** Mailed links (verification, password reset): enough for a lost mail, not a mail bomb. */
  mailAddress: { name: 'mail-address', freeAttempts: 10, windowMs: 60 * minute, baseDelayMs: minute, maxDelayMs: 60 * minute },
  mailRecipient: { name: 'mail-recipient', freeAttempts: 3, windowMs: 60 * minute, baseDelayMs: 5 * minute, maxDelayMs: 60 * minute },
  /**
   * Each invitation mails someone outside the team: a member invites a whole team in an hour,
   * never hundreds of addresses, and one address is not mailed invitation after invitation.
   */
  invitationAccount: { name: 'invitation-account', freeAttempts: 30, windowMs: 60 * minute, baseDelayMs: minute, maxDelayMs: 60 * minute },
  invitationRecipient: { name: 'invitation-recipient', freeAttempts: 5, windowMs: 60 * minute, baseDelayMs: 5 * minute, maxDelayMs: 60 * minute },
  /** Reusing a one-time link or changing a password also checks a secret: guessing is limited. */
  secretAddress: { name: 'secret-address', freeAttempts: 20, windowMs: 15 * minute, baseDelayMs: 1_000, maxDelayMs: 15 * minute },
} as const satisfies Record<string, LimitRule>;

export const limitKey = (rule: LimitRule, subject: string): LimitKey => ({ rule, subject });
