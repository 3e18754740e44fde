import type { ReceivedMail } from './mailSink';

/** The one-time link of a kind (`verify-email`, `reset-password`, `invite`) in a received mail. */
export function linkIn(mail: ReceivedMail, kind: string): string {
  // Quoted-printable folds long lines with a trailing "="; unfold before reading the link.
  const text = mail.raw.replace(/=\r?\n/g, '');
  const match = text.match(new RegExp(`https?://[^\\s/]+/${kind}/[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${kind} link in the mail`);
  return match[0];
}

export const secretOfLink = (link: string): string => link.split('/').pop()!;

/** The mails one address received, newest last. */
export function mailsTo(received: readonly ReceivedMail[], address: string): ReceivedMail[] {
  return received.filter((mail) => mail.to.includes(address));
}
