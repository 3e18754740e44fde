import type { CloseOutcome } from './closeMessages';
import { i18n } from '../i18n/i18n';

/** The facts the connection monitor collects; `describeConnection` turns them into words. */
export interface ConnectionFacts {
  readonly status: 'connecting' | 'connected' | 'disconnected';
  readonly synced: boolean;
  readonly online: boolean;
  readonly hasConnectedBefore: boolean;
  /** Closes in a row without a successful sync in between. */
  readonly failedAttempts: number;
  /** The last close that meant something to the person; cleared once a sync holds. */
  readonly lastClose: CloseOutcome | null;
  /** Set when we stopped reconnecting; only the person can resume. */
  readonly stopped: CloseOutcome | null;
  /** Changes made here that the server has not confirmed it holds. */
  readonly unconfirmed: boolean;
  /** Changes made without a connection were just confirmed by the server: say so, briefly. */
  readonly delivered: boolean;
}

export type ConnectionStateName = 'connected' | 'connecting' | 'offline' | 'error';

export interface ConnectionNotice {
  readonly title: string;
  readonly message: string;
  /** The one thing offered: try again, sign in again, or go back to the student list. */
  readonly action: 'retry' | 'sign-in' | 'leave' | null;
}

export interface ConnectionView {
  readonly state: ConnectionStateName;
  readonly label: string;
  readonly notice: ConnectionNotice | null;
  /**
   * The connection is open and in sync: presence is what the server says, and what is typed
   * goes out at once. Not the same as `state === 'connected'`, which also needs every change
   * made before to be confirmed.
   */
  readonly live: boolean;
}

export const offlineLabel = (): string => i18n.t('connection.offline');

/** After this many failed attempts, "Reconnecting…" alone would understate the problem. */
const patientAttempts = 4;

export function describeConnection(facts: ConnectionFacts): ConnectionView {
  const live = facts.online && facts.status === 'connected' && facts.synced;
  return { ...describeState(facts), live };
}

function describeState(facts: ConnectionFacts): Omit<ConnectionView, 'live'> {
  if (facts.stopped) {
    return {
      state: 'error',
      label: facts.stopped.title,
      notice: { title: facts.stopped.title, message: facts.stopped.message, action: facts.stopped.remedy ?? 'retry' },
    };
  }
  if (!facts.online) return { state: 'offline', label: offlineLabel(), notice: null };

  const close = facts.lastClose;
  if (close?.kind === 'rejected') {
    return {
      state: 'error',
      label: close.title,
      notice: { title: close.title, message: i18n.t('closeMessages.rejectedRetrying', { message: close.message }), action: null },
    };
  }
  if (facts.status === 'connected' && facts.synced) {
    // In sync is not saved: what was typed offline is saved once the server says it holds it.
    if (facts.unconfirmed) return { state: 'connecting', label: i18n.t('connection.sending'), notice: null };
    if (facts.delivered) return { state: 'connected', label: i18n.t('connection.delivered'), notice: null };
    return { state: 'connected', label: i18n.t('connection.connected'), notice: null };
  }
  if (close?.kind === 'unavailable') {
    return {
      state: 'error',
      label: i18n.t('connection.unavailable'),
      notice: null,
    };
  }
  if (!facts.hasConnectedBefore) {
    const label = facts.failedAttempts >= patientAttempts
      ? i18n.t('connection.cantReach')
      : i18n.t('connection.connecting');
    return { state: 'connecting', label, notice: null };
  }
  const label = facts.failedAttempts >= patientAttempts
    ? i18n.t('connection.reconnectingKept')
    : i18n.t('connection.reconnecting');
  return { state: 'connecting', label, notice: null };
}
