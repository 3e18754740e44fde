import type { UserRepository } from '../accounts/UserRepository';
import { errorFields, type Logger } from '../logger';
import { defaultLanguage, type Language } from '../../shared/i18n/languages';
import type { MailMessage, Mailer } from './Mailer';
import { resetText, verificationText } from './mailText';

/**
 * Whether Bridgeplan may mail this address. An address someone signed up with but never
 * verified may belong to someone else entirely, so nothing but the verification mail itself
 * goes to it. An address with no account yet (an invitation) may be mailed.
 */
export async function mayReceiveMail(users: UserRepository, email: string): Promise<boolean> {
  const account = await users.findByEmail(email);
  return account === null || account.emailVerified;
}

/**
 * Sends without making the request wait: a reset request must answer alike whether or not the
 * address has an account, and a slow mail server must not hold the page. Failures are logged
 * without the address or the link.
 */
export function sendInBackground(mailer: Mailer, logger: Logger, message: { to: string; subject: string; text: string }): void {
  mailer.send(message).catch((error: unknown) => logger.warn('account mail failed', { subject: message.subject, ...errorFields(error) }));
}

export function verificationMail(to: string, link: string, language: Language = defaultLanguage): MailMessage {
  return { to, ...verificationText(language, link) };
}

export function passwordResetMail(to: string, link: string, language: Language = defaultLanguage): MailMessage {
  return { to, ...resetText(language, link) };
}
