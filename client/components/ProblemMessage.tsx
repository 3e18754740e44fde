import { CircleAlert } from 'lucide-react';
import { isApiFailure } from '../api/ApiFailure';
import { markSignedOut } from '../session/sessionStore';
import { AppLink } from '../routing/AppLink';
import { currentPath, withNext } from '../routing/returnPath';
import { paths } from '../routing/route';
import './ProblemMessage.css';

/**
 * The one place that turns a failed request into words on screen. The server's messages are
 * written for people and shown as they are; a lost session adds a way back in.
 */
export interface Problem {
  readonly message: string;
  readonly signInAgain: boolean;
}

export function problemFrom(error: unknown): Problem {
  if (isApiFailure(error)) {
    if (error.isSignedOut) return { message: 'You were signed out. Sign in again to continue.', signInAgain: true };
    return { message: error.message, signInAgain: false };
  }
  return { message: 'Something went wrong. Please try again.', signInAgain: false };
}

interface ProblemMessageProps {
  /** Anything a request threw; nothing is rendered for null. */
  error: unknown;
  id?: string;
}

/** An error announced as it appears (role="alert"), placed above the fields it concerns. */
export function ProblemMessage({ error, id }: ProblemMessageProps) {
  if (error === null || error === undefined) return null;
  const problem = problemFrom(error);
  return (
    <div className="problem" role="alert" id={id} data-testid="problem">
      <CircleAlert className="problem__icon" size={20} aria-hidden="true" />
      <p>
        {problem.message}{' '}
        {problem.signInAgain && (
          <AppLink to={withNext(paths.signIn, currentPath())} onClick={markSignedOut}>
            Sign in again
          </AppLink>
        )}
      </p>
    </div>
  );
}
