import type { WebsocketProvider } from 'y-websocket';
import {
  describeClose,
  planReconnect,
  rejectionWindowMs,
  type ReconnectPlan,
} from './closeMessages';
import { describeConnection, type ConnectionFacts, type ConnectionView } from './connectionView';
import { i18n } from '../i18n/i18n';

/**
 * A sync must hold this long before we believe a rejected change went through after all. The
 * server refuses a resent change right after the handshake, so a few seconds are plenty.
 */
const rejectionClearDelayMs = 3_000;

/** How long "your changes were sent" stays before the status reads plainly "Saved" again. */
const deliveredShownMs = 8_000;

/**
 * Watches one provider and the browser's network state, decides about reconnecting, and keeps
 * an honest `ConnectionView` for the UI. Lives outside React so its rules are plain code.
 */
export class ConnectionMonitor {
  private facts: ConnectionFacts;
  private view: ConnectionView;
  private readonly listeners = new Set<() => void>();
  private readonly closeListeners = new Set<(code: number) => void>();
  private rejectionTimes: number[] = [];
  private unavailableInARow = 0;
  private lastPlan: ReconnectPlan | null = null;
  private clearRejectionTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private deliveredTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly detach: Array<() => void> = [];

  constructor(private readonly provider: WebsocketProvider) {
    this.facts = {
      status: provider.wsconnected ? 'connected' : 'connecting',
      synced: provider.synced,
      online: navigator.onLine,
      // A connection the app opened early may have synced before this monitor was made.
      hasConnectedBefore: provider.synced,
      failedAttempts: 0,
      lastClose: null,
      stopped: null,
      unconfirmed: false,
      delivered: false,
    };
    this.view = describeConnection(this.facts);

    // y-websocket emits `connection-close` (handled below, where the plan is made) and then
    // asks this; only the provider's own quick retry answers yes.
    provider.shouldReconnect = () => (this.lastPlan ?? { mode: 'provider' }).mode === 'provider';

    provider.on('status', this.handleStatus);
    provider.on('sync', this.handleSync);
    provider.on('connection-close', this.handleClose);
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    // The view holds words: a language switch redescribes the same facts in the new language.
    i18n.on('languageChanged', this.handleLanguage);
    this.detach.push(() => {
      i18n.off('languageChanged', this.handleLanguage);
      provider.off('status', this.handleStatus);
      provider.off('sync', this.handleSync);
      provider.off('connection-close', this.handleClose);
      window.removeEventListener('online', this.handleOnline);
      window.removeEventListener('offline', this.handleOffline);
    });
  }

  getView = (): ConnectionView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The person asked to try again after we stopped. */
  retry = (): void => {
    this.rejectionTimes = [];
    this.unavailableInARow = 0;
    this.update({ stopped: null, lastClose: null, failedAttempts: 0 });
    this.connectNow();
  };

  /**
   * Every close the server (or the network) caused, by code. The page uses it to refresh the
   * person's role after "access changed", and to ask the API why a connection keeps failing:
   * a refusal before the upgrade (401/403) reaches the browser only as an anonymous 1006.
   */
  onClose = (listener: (code: number) => void): (() => void) => {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  };

  /** Stop reconnecting for a reason learned elsewhere (the API said 401 or 403). */
  stopFor = (code: number): void => {
    const outcome = describeClose(code);
    if (outcome.kind !== 'permanent') return;
    clearTimeout(this.retryTimer);
    this.lastPlan = { mode: 'stop' };
    this.update({ stopped: outcome, lastClose: outcome });
    this.provider.disconnect();
  };

  /** Whether changes made here wait for the server to confirm it holds them. */
  noteUnconfirmed = (unconfirmed: boolean): void => {
    this.update(unconfirmed ? { unconfirmed, delivered: false } : { unconfirmed });
  };

  /** The server confirmed it holds what was changed here without a connection. */
  noteDelivered = (): void => {
    clearTimeout(this.deliveredTimer);
    this.update({ unconfirmed: false, delivered: true });
    this.deliveredTimer = setTimeout(() => this.update({ delivered: false }), deliveredShownMs);
  };

  /** Whether we gave up reconnecting and wait for the person. */
  get isStopped(): boolean {
    return this.facts.stopped !== null;
  }

  destroy(): void {
    this.closeListeners.clear();
    clearTimeout(this.clearRejectionTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.deliveredTimer);
    for (const undo of this.detach) undo();
    this.listeners.clear();
  }

  private handleStatus = ({ status }: { status: ConnectionFacts['status'] }): void => {
    // "Your changes were sent" belongs to the connection it was said on.
    const delivered = status === 'connected' && this.facts.delivered;
    this.update({ status, synced: status === 'connected' ? this.provider.synced : false, delivered });
  };

  private handleSync = (synced: boolean): void => {
    if (!synced) {
      this.update({ synced });
      return;
    }
    this.unavailableInARow = 0;
    // A rejection stays on screen until the resent change has had time to be refused again.
    const lastClose = this.facts.lastClose?.kind === 'rejected' ? this.facts.lastClose : null;
    this.update({ synced, hasConnectedBefore: true, failedAttempts: 0, lastClose });
    if (lastClose) this.scheduleRejectionClear();
  };

  private handleClose = (event: CloseEvent | null): void => {
    clearTimeout(this.clearRejectionTimer);
    this.lastPlan = null;
    // `null` means we closed it ourselves (offline, leaving the page): nothing to report.
    if (event === null) return;

    const outcome = describeClose(event.code);
    if (outcome.kind === 'rejected') this.recordRejection();
    this.unavailableInARow = outcome.kind === 'unavailable' ? this.unavailableInARow + 1 : 0;
    const plan = planReconnect(outcome, {
      recentRejections: this.rejectionTimes.length,
      unavailableInARow: this.unavailableInARow,
    });
    this.lastPlan = plan;
    this.update({
      failedAttempts: this.facts.failedAttempts + 1,
      lastClose: outcome.kind === 'quiet' ? this.facts.lastClose : outcome,
      stopped: plan.mode === 'stop' ? outcome : null,
    });
    for (const listener of this.closeListeners) {
      try {
        listener(event.code);
      } catch {
        // A listener's failure must not stop reconnecting.
      }
    }
    if (plan.mode === 'stop') {
      // Deferred: the provider is still inside its own close handling when it emits this event.
      queueMicrotask(() => this.provider.disconnect());
    } else if (plan.mode === 'later') {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(this.connectNow, plan.delayMs);
    }
  };

  private handleOnline = (): void => {
    this.update({ online: true, failedAttempts: 0 });
    this.connectNow();
  };

  private handleOffline = (): void => {
    this.update({ online: false, delivered: false });
    // A socket on a dead network can linger for many seconds; close it so what we show is
    // true, and edits stay queued in IndexedDB until the network returns.
    clearTimeout(this.retryTimer);
    this.provider.disconnect();
  };

  private connectNow = (): void => {
    clearTimeout(this.retryTimer);
    if (this.facts.stopped || !this.facts.online) return;
    this.lastPlan = null;
    this.provider.connect();
  };

  private recordRejection(): void {
    const now = Date.now();
    this.rejectionTimes = [...this.rejectionTimes.filter((t) => now - t < rejectionWindowMs), now];
  }

  private scheduleRejectionClear(): void {
    clearTimeout(this.clearRejectionTimer);
    this.clearRejectionTimer = setTimeout(() => {
      if (this.facts.status !== 'connected' || !this.facts.synced) return;
      this.rejectionTimes = [];
      this.update({ lastClose: null });
    }, rejectionClearDelayMs);
  }

  private readonly handleLanguage = (): void => this.update({});

  private update(change: Partial<ConnectionFacts>): void {
    this.facts = { ...this.facts, ...change };
    const next = describeConnection(this.facts);
    const same =
      next.state === this.view.state &&
      next.label === this.view.label &&
      next.live === this.view.live &&
      next.notice?.message === this.view.notice?.message &&
      next.notice?.action === this.view.notice?.action;
    if (same) return;
    this.view = next;
    for (const listener of this.listeners) listener();
  }
}
