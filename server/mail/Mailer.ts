import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Extra headers, e.g. List-Unsubscribe for notification mail. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Sends mail; absent (null) when no SMTP server is configured, and callers say so to people. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function createMailer(smtpUrl: string | null, from: string, logger: Logger): Mailer | null {
  if (!smtpUrl) return null;
  // nodemailer loads with the first mail, not at start: most hours send none.
  let transport: Promise<Transporter> | null = null;
  const openTransport = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: smtpUrl,
      // A slow mail server must not hold an invitation request for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  };
  return {
    async send(message) {
      transport ??= openTransport();
      await (await transport).sendMail({ from, to: message.to, subject: message.subject, text: message.text, headers: message.headers });
      // Only the fact, never the address or the body: both carry personal data or secrets.
      logger.info('mail sent', { subject: message.subject });
    },
  };
}
