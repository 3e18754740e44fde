import type { SignatureDecision } from './api';

/**
 * Signing with intent: the signer confirms one plain statement naming the version, the child
 * and their decision. Client and server build it from the same words, and the signature record
 * keeps it as confirmed.
 */

const decisionPhrases: Record<SignatureDecision, string> = {
  agree: 'I agree',
  agree_with_reservations: 'I agree with reservations',
  disagree: 'I disagree',
};

/** "Leo" from "Leo Martinez": how the team speaks of the child. */
export function firstName(studentName: string): string {
  return studentName.trim().split(/\s+/)[0] ?? '';
}

export function signingStatement(versionNumber: number, studentName: string, decision: SignatureDecision): string {
  const child = firstName(studentName);
  const plan = child ? `${child}’s plan` : 'this plan';
  return `I have read version ${versionNumber} of ${plan} and ${decisionPhrases[decision]}.`;
}

/** A signer must re-enter their password unless they signed in this recently. */
export const recentSignInMs = 15 * 60_000;

