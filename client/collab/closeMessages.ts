import { CloseCodes, isPermanentClose } from '../../shared/closeCodes';
import { i18n } from '../i18n/i18n';

// On a shared computer nothing is kept on the device, so say only what is true everywhere.
const keptOnDevice = () => i18n.t('closeMessages.keptOnDevice');

/**
 * The one place that turns a WebSocket close code into what the person sees and whether we
 * try again. Everything else asks `describeClose` / `shouldReconnect`.
 */
export type CloseKind =
  /** Routine (server restart, network blip): reconnect without making noise. */
  | 'quiet'
  /** Reconnecting cannot help until the person does something (sign in, regain access). */
  | 'permanent'
  /** The server refused something this device sent; that change did not reach the team. */
  | 'rejected'
  /** The server could not load or save the plan; it asks us to come back later. */
  | 'unavailable';

export interface CloseOutcome {
  readonly kind: CloseKind;
  readonly code: number;
  /** Short status line, e.g. for the connection pill. */
  readonly title: string;
  /** One or two plain sentences: what happened and what is safe. */
  readonly message: string;
  /** What the person can do about it, when retrying alone will not help. */
  readonly remedy?: 'sign-in' | 'leave';
}


/** Said the same way wherever a session ends under an open plan. */
export const signedOutTitle = (): string => i18n.t('closeMessages.signedOutTitle');
export const signedOutMessage = (): string => i18n.t('closeMessages.signedOutMessage');

export function describeClose(code: number): CloseOutcome {
  if (isPermanentClose(code)) {
    if (code === CloseCodes.unauthorized.code || code === CloseCodes.sessionExpired.code) {
      return { kind: 'permanent', code, title: signedOutTitle(), message: signedOutMessage(), remedy: 'sign-in' };
    }
    return {
      kind: 'permanent',
      code,
      title: i18n.t('closeMessages.noAccessTitle'),
      message: i18n.t('closeMessages.noAccessMessage'),
      remedy: 'leave',
    };
  }
  switch (code) {
    case CloseCodes.tooLarge.code:
    case CloseCodes.frameTooBig.code:
      return {
        kind: 'rejected',
        code,
        title: i18n.t('closeMessages.notSavedTitle'),
        message: i18n.t('closeMessages.tooLargeMessage'),
      };
    case CloseCodes.updateRejected.code:
    case CloseCodes.malformed.code:
    case CloseCodes.unknownMessageType.code:
      return {
        kind: 'rejected',
        code,
        title: i18n.t('closeMessages.notSavedTitle'),
        message: i18n.t('closeMessages.rejectedMessage'),
      };
    case CloseCodes.documentFull.code:
      return {
        kind: 'rejected',
        code,
        title: i18n.t('closeMessages.fullTitle'),
        message: i18n.t('closeMessages.fullMessage', { kept: keptOnDevice() }),
      };
    case CloseCodes.rateLimited.code:
      return {
        kind: 'unavailable',
        code,
        title: i18n.t('closeMessages.tooFastTitle'),
        message: i18n.t('closeMessages.tooFastMessage', { kept: keptOnDevice() }),
      };
    case CloseCodes.tooManyConnections.code:
      return {
        kind: 'permanent',
        code,
        title: i18n.t('closeMessages.tooManyTitle'),
        message: i18n.t('closeMessages.tooManyMessage', { kept: keptOnDevice() }),
      };
    case CloseCodes.documentUnavailable.code:
      return {
        kind: 'unavailable',
        code,
        title: i18n.t('closeMessages.unavailableTitle'),
        message: i18n.t('closeMessages.unavailableMessage'),
      };
    default:
      // Includes 1001 (server restarting) and 4001 (your access changed: reconnecting picks
      // up the new rights).
      return { kind: 'quiet', code, title: i18n.t('closeMessages.reconnecting'), message: '' };
  }
}

/** Rejections within this window count as "the same change keeps failing". */
export const rejectionWindowMs = 60_000;
/** After this many rejections in the window we stop, instead of resending the same change forever. */
export const maxRejectionsInWindow = 3;

/** What to do after a close: let the provider retry, wait longer ourselves, or stop. */
export type ReconnectPlan =
  | { readonly mode: 'provider' }
  | { readonly mode: 'later'; readonly delayMs: number }
  | { readonly mode: 'stop' };

/** Gentle retries for a plan the server cannot serve: hammering it would not help. */
const unavailableDelaysMs = [2_000, 5_000, 10_000, 20_000, 30_000];

export interface CloseHistory {
  /** Rejections within `rejectionWindowMs`, this one included. */
  readonly recentRejections: number;
  /** "Unavailable" closes in a row, this one included. */
  readonly unavailableInARow: number;
}

/**
 * A rejected change is resent on every reconnect (it is still in the local document), so a
 * change the server will never accept would loop forever; after a few tries we stop and ask.
 */
export function planReconnect(outcome: CloseOutcome, history: CloseHistory): ReconnectPlan {
  switch (outcome.kind) {
    case 'permanent':
      return { mode: 'stop' };
    case 'rejected':
      // The same change would be refused again: the plan stays full until someone removes content.
      if (outcome.code === CloseCodes.documentFull.code) return { mode: 'stop' };
      return history.recentRejections < maxRejectionsInWindow ? { mode: 'provider' } : { mode: 'stop' };
    case 'unavailable': {
      const index = Math.min(Math.max(history.unavailableInARow - 1, 0), unavailableDelaysMs.length - 1);
      return { mode: 'later', delayMs: unavailableDelaysMs[index] ?? 30_000 };
    }
    case 'quiet':
      return { mode: 'provider' };
  }
}
