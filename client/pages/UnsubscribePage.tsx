import { useState } from 'react';
import type { UserView } from '../../shared/api';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { previewUnsubscribe, unsubscribe } from '../notifications/notificationsApi';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { Trans, useTranslation } from 'react-i18next';
import { notificationKindLabels } from '../i18n/vocabulary';

/**
 * `/unsubscribe?token=…`, opened from a mail: one button stops that kind of mail, signed in or
 * not. It asks first because mail scanners open links; only the button changes anything.
 */
export function UnsubscribePage({ token, user }: { token: string; user: UserView | null }) {
  const { t } = useTranslation();
  const [preview] = useApiData(() => previewUnsubscribe(token), token);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  return (
    <AppPage title={t('caseload.stopTitle')} user={user} width="narrow">
      <h1 className="page-title">{t('caseload.stopHeading')}</h1>
      {preview.status === 'loading' && <p className="muted">{t('caseload.checking')}</p>}
      {preview.status === 'failed' && <ProblemMessage error={preview.error} />}
      {preview.status === 'ready' && !done && (
        <>
          <p>
            <Trans i18nKey="caseload.youGetMail" values={{ kind: notificationKindLabels[preview.data.kind] }} components={{ strong: <strong /> }} />
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await unsubscribe(token);
                  setDone(true);
                } catch (failure) {
                  setError(failure);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('caseload.stop')}
            </button>
          </div>
        </>
      )}
      {done && preview.status === 'ready' && (
        <p className="status-line" role="status" data-testid="unsubscribed">
          {t('caseload.stopped', { kind: notificationKindLabels[preview.data.kind].toLowerCase() })}
        </p>
      )}
      <ProblemMessage error={error} />
      <p>
        <AppLink to={`${paths.settings}#notifications`}>{t('caseload.choose')}</AppLink>
        {t('caseload.afterSignIn')}
      </p>
    </AppPage>
  );
}
