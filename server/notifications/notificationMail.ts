import { notificationKindLabels, type NotificationKind } from '../../shared/notifications';
import type { MailMessage } from '../mail/Mailer';
import type { DigestItem } from './NotificationRepository';

/**
 * Notification mail says who did what and links to it, but carries no child's name, no school
 * and no comment text: mail passes through servers the school does not control. The words are
 * read after signing in.
 */
export interface NotificationEvent {
  readonly kind: NotificationKind;
  /** One line, e.g. "Dana Park mentioned you in a comment on a plan." */
  readonly line: string;
  /** Absolute link to where it happened. */
  readonly link: string;
}

const subjects: Record<NotificationKind, string> = {
  mention: 'You were mentioned in a comment',
  reply: 'A reply in a conversation you take part in',
  signature_requested: 'Your signature is asked for',
  version_agreed: 'A version of a plan was agreed',
  consent_changed: 'Consent to share changed',
  meeting_scheduled: 'A meeting was scheduled or moved',
};

function footer(unsubscribeUrl: string, settingsUrl: string, kind: NotificationKind): string {
  return [
    '',
    '--',
    `You get this mail because of your Bridgeplan setting “${notificationKindLabels[kind]}”.`,
    `Stop these mails (no sign-in needed): ${unsubscribeUrl}`,
    `Choose what reaches you, and when: ${settingsUrl}`,
  ].join('\n');
}

function unsubscribeHeaders(unsubscribeApiUrl: string): Record<string, string> {
  // RFC 8058 one-click: the mail client POSTs to this address without opening a page.
  return { 'List-Unsubscribe': `<${unsubscribeApiUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export interface UnsubscribeUrls {
  /** The page a person opens from the mail body. */
  readonly page: string;
  /** The API address a mail client posts to. */
  readonly api: string;
}

export function immediateMail(to: string, event: NotificationEvent, urls: UnsubscribeUrls, settingsUrl: string): MailMessage {
  return {
    to,
    subject: subjects[event.kind],
    text: [event.line, '', `Open it: ${event.link}`, footer(urls.page, settingsUrl, event.kind)].join('\n'),
    headers: unsubscribeHeaders(urls.api),
  };
}

export function digestMail(to: string, items: readonly DigestItem[], urlsByKind: (kind: NotificationKind) => UnsubscribeUrls, settingsUrl: string): MailMessage {
  const lines = items.map((item) => `- ${item.line}\n  ${item.link}`);
  const kinds = [...new Set(items.map((item) => item.kind))];
  const stops = kinds.map((kind) => `Stop mails for “${notificationKindLabels[kind]}”: ${urlsByKind(kind).page}`);
  return {
    to,
    subject: items.length === 1 ? 'Your Bridgeplan digest: 1 new item' : `Your Bridgeplan digest: ${items.length} new items`,
    text: ['Since your last digest:', '', ...lines, '', '--', ...stops, `Choose what reaches you, and when: ${settingsUrl}`].join('\n'),
  };
}
