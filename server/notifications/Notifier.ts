import type { NotificationKind } from '../../shared/notifications';
import type { UserRepository } from '../accounts/UserRepository';
import { errorFields, type Logger } from '../logger';
import type { Mailer, MailMessage } from '../mail/Mailer';
import { deliverableAddress } from './deliverableAddress';
import { digestMail, immediateMail, lineFor, type NotificationEvent, type UnsubscribeUrls } from './notificationMail';
import type { NotificationRepository } from './NotificationRepository';
import { unsubscribeToken } from './unsubscribeTokens';
import type { Audience } from './consentAudience';
import { ImmediateMailAllowance } from './ImmediateMailAllowance';

const dayMs = 24 * 60 * 60_000;
/** How often the digest is looked at; each person's digest goes once their oldest item is a day old. */
const digestCheckMs = 60 * 60_000;

export interface NotifierOptions {
  readonly repository: NotificationRepository;
  readonly users: UserRepository;
  readonly mailer: Mailer | null;
  readonly logger: Logger;
  /** The time, injectable so tests can run a day's digest without waiting a day. */
  readonly clock?: () => Date;
}

/**
 * Turns what happened into mail, per each person's choice for that kind: sent now, kept for
 * the daily digest, or not at all. Sending never holds up the request that caused it and a
 * mail server that fails is logged, not shown to the person who acted.
 */
export class Notifier {
  private readonly clock: () => Date;
  private readonly sending = new Set<Promise<void>>();
  private readonly allowance = new ImmediateMailAllowance();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: NotifierOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * Tells each recipient (never the person who acted) about one event, if `audience` lets them
   * hear of it: the parent's consent decides what news of a student reaches a clinic therapist.
   */
  notify(event: NotificationEvent, recipients: Iterable<string>, actorId: string | null, audience: Audience): void {
    if (!this.options.mailer) return;
    // The request that caused the event answers without waiting for its mail.
    const work = this.deliver(event, [...new Set(recipients)], actorId, audience)
      .catch((error: unknown) => this.options.logger.warn('notification not sent', errorFields(error)))
      .finally(() => this.sending.delete(work));
    this.sending.add(work);
  }

  private async deliver(event: NotificationEvent, recipients: readonly string[], actorId: string | null, audience: Audience): Promise<void> {
    for (const userId of recipients) {
      if (userId === actorId || !(await audience(userId))) continue;
      const user = await this.options.users.findById(userId);
      const to = user ? deliverableAddress(user) : null;
      if (!user || !to) continue;
      const delivery = (await this.options.repository.preferences(userId))[event.kind];
      if (delivery === 'never') continue;
      // Past a person's allowance of mail at once, a notice someone caused waits in their
      // digest. Reminders (no one acted: the clock did) are bounded by the schedule and go on time.
      const held = actorId !== null && delivery !== 'daily' && !this.allowance.take(userId, this.clock().getTime());
      if (delivery === 'daily' || held) {
        await this.options.repository.queueForDigest(userId, event.kind, lineFor(event, user.language), event.link, this.clock().toISOString());
        continue;
      }
      const key = await this.unsubscribeKey();
      this.send(immediateMail(to, event, this.unsubscribeUrls(key, new URL(event.link).origin, userId, event.kind), this.settingsUrl(event.link), user.language));
    }
  }

  /**
   * Sends each person's digest whose oldest waiting item is at least a day old at `now`; a
   * person whose address is no longer deliverable keeps their items until it is.
   */
  async sendDigests(now: Date = this.clock()): Promise<number> {
    const mailer = this.options.mailer;
    if (!mailer) return 0;
    const { repository, users } = this.options;
    let sent = 0;
    const key = await this.unsubscribeKey();
    for (const userId of await repository.usersWithDigestDue(new Date(now.getTime() - dayMs).toISOString())) {
      const user = await users.findById(userId);
      const to = user ? deliverableAddress(user) : null;
      const items = await repository.pendingDigest(userId);
      if (!user || !to || items.length === 0) continue;
      const origin = new URL(items.at(-1)!.link).origin;
      const mail = digestMail(to, items, (kind) => this.unsubscribeUrls(key, origin, userId, kind), this.settingsUrl(items.at(-1)!.link), user.language);
      try {
        await mailer.send(mail);
        await repository.markDigestSent(items.map((item) => item.id), now.toISOString());
        sent += 1;
      } catch (error) {
        this.options.logger.warn('digest not sent', errorFields(error));
      }
    }
    return sent;
  }

  /** Looks at the digest every hour until `close()`. */
  start(): void {
    if (this.timer || !this.options.mailer) return;
    this.timer = setInterval(() => {
      this.sendDigests().catch((error: unknown) => this.options.logger.error('digest run failed', errorFields(error)));
    }, digestCheckMs);
    this.timer.unref();
  }

  /** Resolves once every mail already handed to the mail server has been accepted or failed. */
  async idle(): Promise<void> {
    while (this.sending.size > 0) await Promise.allSettled([...this.sending]);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }

  private send(message: MailMessage): void {
    const mailer = this.options.mailer;
    if (!mailer) return;
    const sending = mailer
      .send(message)
      .catch((error: unknown) => this.options.logger.warn('notification not sent', errorFields(error)))
      .finally(() => this.sending.delete(sending));
    this.sending.add(sending);
  }

  private unsubscribeKey(): Promise<Buffer> {
    return this.options.repository.signingKey('unsubscribe');
  }

  private unsubscribeUrls(key: Buffer, origin: string, userId: string, kind: NotificationKind): UnsubscribeUrls {
    const token = encodeURIComponent(unsubscribeToken(key, { userId, kind }));
    return { page: `${origin}/unsubscribe?token=${token}`, api: `${origin}/api/notifications/unsubscribe?token=${token}` };
  }

  private settingsUrl(link: string): string {
    return `${new URL(link).origin}/settings#notifications`;
  }
}
