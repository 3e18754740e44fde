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
import { Trans, useTranslation } from 'react-i18next';

interface ConsentPanelProps {
  workspaceId: string;
  myRole: Role;
  studentName: string;
  /** Withdrawing consent removes a member; the team list must follow. */
  onTeamChanged: () => void;
}

export function ConsentPanel({ workspaceId, myRole, studentName, onTeamChanged }: ConsentPanelProps) {
  const { t } = useTranslation();
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
        <h2 className="card__title" id="consent-title">{t('consent.title')}</h2>
        <p className="muted">
          {t('consent.lead', { student: studentName })}
          {canWithdraw ? t('consent.canWithdraw') : t('consent.onlyParent')}
        </p>
      </div>
      <ProblemMessage error={error} />
      {consents.status === 'loading' && <p className="muted">{t('consent.loading')}</p>}
      {consents.status === 'failed' && <ProblemMessage error={consents.error} />}
      {consents.status === 'ready' && consents.data.length === 0 && (
        <p className="muted">{t('consent.none')}</p>
      )}
      {consents.status === 'ready' && consents.data.length > 0 && (
        <ul className="consents" data-testid="consents">
          {consents.data.map((consent) => (
            <li key={consent.id} className="consent" data-revoked={consent.revokedAt !== null || undefined}>
              <p className="consent__who">
                <span>
                  <Trans i18nKey="consent.sharedWith" values={{ email: consent.recipientEmail }} components={{ strong: <strong /> }} />
                </span>
                <span className={`badge ${consent.revokedAt ? '' : 'consent__active'}`}>
                  {consent.revokedAt ? t('consent.withdrawnOn', { date: formatDate(consent.revokedAt) }) : t('consent.inEffect')}
                </span>
              </p>
              <dl className="consent__terms">
                <dt>{t('consent.whatShared')}</dt>
                <dd>
                  <ConsentScopeSummary scopeItems={consent.scopeItems} />
                  <q>{consent.sharedScope}</q>
                </dd>
                <dt>{t('consent.purposeTerm')}</dt>
                <dd>{consent.purpose}</dd>
                <dt>{t('consent.givenBy')}</dt>
                <dd>
                  <time dateTime={consent.grantedAt}>{t('consent.givenOn', { name: consent.grantedByName, date: formatDate(consent.grantedAt) })}</time>
                </dd>
              </dl>
              {canWithdraw && consent.revokedAt === null && (
                <div>
                  <ConfirmButton
                    ariaLabel={t('consent.withdrawFor', { email: consent.recipientEmail })}
                    question={t('consent.withdrawQuestion', { email: consent.recipientEmail })}
                    confirmLabel={t('consent.withdrawConsent')}
                    onConfirm={() => handleWithdraw(consent)}
                  >
                    {t('consent.withdraw')}
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
