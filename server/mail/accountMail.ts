import type { UserRepository } from '../accounts/UserRepository';
import { errorFields, type Logger } from '../logger';
import type { Mailer } from './Mailer';

/**
 * Whether Bridgeplan may mail this address. An address someone signed up with but never
 * verified may belong to someone else entirely, so nothing but the verification mail itself
 * goes to it. An address with no account yet (an invitation) may be mailed.
 */
export function mayReceiveMail(users: UserRepository, email: string): boolean {
  const account = users.findByEmail(email);
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

export function verificationMail(to: string, link: string): { to: string; subject: string; text: string } {
  return {
    to,
    subject: 'Confirm your email for Bridgeplan',
    text: [
      'Someone, probably you, created a Bridgeplan account with this email address.',
      '',
      `Open this link to confirm it is yours: ${link}`,
      '',
      'The link works once and expires in 24 hours. Until you confirm, you cannot join a student’s team.',
      'If this was not you, ignore this message: nothing happens without the link.',
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, link: string): { to: string; subject: string; text: string } {
  return {
    to,
    subject: 'Reset your Bridgeplan password',
    text: [
      'Someone asked to reset the password of the Bridgeplan account with this email address.',
      '',
      `Open this link to choose a new password: ${link}`,
      '',
      'The link works once and expires in one hour. Choosing a new password signs you out everywhere.',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
