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

/**
 * A received mail's subject and body as a person reads them: MIME encoded-words and
 * quoted-printable or base64 bodies decoded to UTF-8 (Spanish mail is mostly not ASCII).
 */
export function readMail(mail: ReceivedMail): { subject: string; text: string } {
  const [head = '', ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = headers.match(/^Subject: (.*)$/im)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : quotedPrintable(data.replace(/_/g, ' ')),
    );
  const body = rest.join('\n\n');
  const transfer = headers.match(/^Content-Transfer-Encoding: (.*)$/im)?.[1]?.trim().toLowerCase();
  const text = transfer === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : transfer === 'quoted-printable' ? quotedPrintable(body.replace(/=\r?\n/g, '')) : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
