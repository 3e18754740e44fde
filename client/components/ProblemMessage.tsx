import { CircleAlert } from 'lucide-react';
import { isApiFailure } from '../api/ApiFailure';
import { markSignedOut } from '../session/sessionStore';
import { AppLink } from '../routing/AppLink';
import { currentPath, withNext } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import './ProblemMessage.css';
import { refusalText } from '../api/refusalText';
import type { Translate } from '../i18n/completenessText';
import { currentLanguage, i18n } from '../i18n/i18n';

/**
 * The one place that turns a failed request into words on screen. The server's messages are
 * written for people in English and shown as they are; in another language, a failure whose id
 * the catalog knows is said in that language (test/unit/serverRefusalsTranslated.test.ts keeps
 * every id a person can meet in the catalog).
 */
export interface Problem {
  readonly message: string;
  readonly signInAgain: boolean;
}

export function problemFrom(error: unknown): Problem {
  if (isApiFailure(error)) {
    if (error.isSignedOut) return { message: i18n.t('problems.signedOut'), signInAgain: true };
    return { message: refusalText(error, currentLanguage(), i18n.t as unknown as Translate), signInAgain: false };
  }
  return { message: i18n.t('problems.unknown'), signInAgain: false };
}

/** Words for whatever a request threw, for places that show them inline instead of as an alert. */
export const problemText = (error: unknown): string => problemFrom(error).message;

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
            {i18n.t('problems.signInAgain')}
          </AppLink>
        )}
      </p>
    </div>
  );
}
