import { ConsentScopeSummary } from './ConsentScopeBoxes';
import { useState } from 'react';
import type { ConsentView } from '../../shared/api';
import type { Role } from '../../shared/roles';
import { listConsents, withdrawConsent } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDate } from './roleLabels';
import './ConsentPanel.css';

interface ConsentPanelProps {
  workspaceId: string;
  myRole: Role;
  studentName: string;
  /** Withdrawing consent removes a member; the team list must follow. */
  onTeamChanged: () => void;
}

export function ConsentPanel({ workspaceId, myRole, studentName, onTeamChanged }: ConsentPanelProps) {
  const [consents, { reload }] = useApiData(() => listConsents(workspaceId), workspaceId);
  const [error, setError] = useState<unknown>(null);
  const canWithdraw = myRole === 'parent';

  async function handleWithdraw(consent: ConsentView) {
    setError(null);
    try {
      await withdrawConsent(workspaceId, consent.id);
      await reload();
      onTeamChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section className="card" aria-labelledby="consent-title">
      <div className="card__intro">
        <h2 className="card__title" id="consent-title">Consent to share</h2>
        <p className="muted">
          A therapist outside school sees {studentName}’s plan only while a parent’s consent is in place.
          {canWithdraw
            ? ' You can withdraw consent at any time; the therapist loses access at once.'
            : ' Only a parent or guardian can give or withdraw it.'}
        </p>
      </div>
      <ProblemMessage error={error} />
      {consents.status === 'loading' && <p className="muted">Loading consents…</p>}
      {consents.status === 'failed' && <ProblemMessage error={consents.error} />}
      {consents.status === 'ready' && consents.data.length === 0 && (
        <p className="muted">No consent has been given. The plan is shared only within school and home.</p>
      )}
      {consents.status === 'ready' && consents.data.length > 0 && (
        <ul className="consents" data-testid="consents">
          {consents.data.map((consent) => (
            <li key={consent.id} className="consent" data-revoked={consent.revokedAt !== null || undefined}>
              <p className="consent__who">
                <span>
                  Shared with <strong>{consent.recipientEmail}</strong>
                </span>
                <span className={`badge ${consent.revokedAt ? '' : 'consent__active'}`}>
                  {consent.revokedAt ? `Withdrawn ${formatDate(consent.revokedAt)}` : 'In effect'}
                </span>
              </p>
              <dl className="consent__terms">
                <dt>What is shared</dt>
                <dd>
                  <ConsentScopeSummary scopeItems={consent.scopeItems} />
                  <q>{consent.sharedScope}</q>
                </dd>
                <dt>Purpose</dt>
                <dd>{consent.purpose}</dd>
                <dt>Given by</dt>
                <dd>
                  {consent.grantedByName} on <time dateTime={consent.grantedAt}>{formatDate(consent.grantedAt)}</time>
                </dd>
              </dl>
              {canWithdraw && consent.revokedAt === null && (
                <div>
                  <ConfirmButton
                    ariaLabel={`Withdraw consent for ${consent.recipientEmail}`}
                    question={`Withdraw consent? ${consent.recipientEmail} loses access to the plan at once.`}
                    confirmLabel="Withdraw consent"
                    onConfirm={() => handleWithdraw(consent)}
                  >
                    Withdraw
                  </ConfirmButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
