import { useState } from 'react';
import type { UserView } from '../../shared/api';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { previewUnsubscribe, unsubscribe } from '../notifications/notificationsApi';
import { AppLink } from '../routing/AppLink';
import { paths } from '../routing/route';

/**
 * `/unsubscribe?token=…`, opened from a mail: one button stops that kind of mail, signed in or
 * not. It asks first because mail scanners open links; only the button changes anything.
 */
export function UnsubscribePage({ token, user }: { token: string; user: UserView | null }) {
  const [preview] = useApiData(() => previewUnsubscribe(token), token);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  return (
    <AppPage title="Stop mail" user={user} width="narrow">
      <h1 className="page-title">Stop these mails</h1>
      {preview.status === 'loading' && <p className="muted">Checking the link…</p>}
      {preview.status === 'failed' && <ProblemMessage error={preview.error} />}
      {preview.status === 'ready' && !done && (
        <>
          <p>
            You get mail when: <strong>{preview.data.label}</strong>.
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
              Stop these mails
            </button>
          </div>
        </>
      )}
      {done && preview.status === 'ready' && (
        <p className="status-line" role="status" data-testid="unsubscribed">
          Done. You will no longer get mail when: {preview.data.label.toLowerCase()}.
        </p>
      )}
      <ProblemMessage error={error} />
      <p>
        <AppLink to={`${paths.settings}#notifications`}>Choose what reaches you, and when</AppLink> (after signing in).
      </p>
    </AppPage>
  );
}
