import { KeyRound, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { AccessTokenView, CreatedAccessToken, UserView } from '../../shared/api';
import { createToken, listTokens, revokeToken } from '../api/accountApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ConfirmButton } from '../components/ConfirmButton';
import { CopyField } from '../components/CopyField';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { formatDate, formatDateTime } from '../workspace/roleLabels';
import { NotificationSettings } from '../notifications/NotificationSettings';
import './SettingsPage.css';

export function SettingsPage({ user }: { user: UserView }) {
  const [tokens, { reload }] = useApiData(listTokens, user.id);
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function handleRevoke(token: AccessTokenView) {
    setError(null);
    try {
      await revokeToken(token.id);
      if (created?.id === token.id) setCreated(null);
      await reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <AppPage title="Settings" user={user}>
      <div className="page-intro">
        <h1 className="page-title">Settings</h1>
        <p className="page-lead">
          Signed in as <strong>{user.displayName}</strong>
          <br />
          {user.email}
        </p>
      </div>

      <NotificationSettings userId={user.id} />

      <section className="card" aria-labelledby="tokens-title">
        <div className="card__intro">
          <h2 className="card__title" id="tokens-title">Access tokens</h2>
          <p className="muted">
            A token lets a program (a script, a district tool) act as you, with your access and nothing
            more. Most people never need one. Revoke a token as soon as it is no longer used.
          </p>
        </div>
        <CreateTokenForm onCreated={(token) => { setCreated(token); void reload(); }} />
        {created && (
          <div className="token-created" data-testid="token-created">
            <p className="status-line">Token “{created.name}” created. Copy it now: it is shown only once.</p>
            <CopyField label="Your new token" value={created.token} buttonLabel="Copy token" testId="token-secret" />
          </div>
        )}
        <ProblemMessage error={error} />
        {tokens.status === 'failed' && <ProblemMessage error={tokens.error} />}
        {tokens.status === 'ready' && tokens.data.length === 0 && <p className="muted">You have no access tokens.</p>}
        {tokens.status === 'ready' && tokens.data.length > 0 && (
          <ul className="tokens" aria-label="Your access tokens">
            {tokens.data.map((token) => (
              <li key={token.id} className="tokens__item">
                <KeyRound className="tokens__icon" size={20} aria-hidden="true" />
                <div className="tokens__text">
                  <p className="tokens__name">{token.name}</p>
                  <p className="muted">
                    Created {formatDate(token.createdAt)} · {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
                  </p>
                </div>
                <ConfirmButton
                  ariaLabel={`Revoke ${token.name}`}
                  question={`Revoke “${token.name}”? Programs using it stop working at once.`}
                  confirmLabel="Revoke"
                  onConfirm={() => handleRevoke(token)}
                >
                  Revoke
                </ConfirmButton>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AppPage>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedAccessToken) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createToken(name.trim()));
      setName('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label="Create an access token">
      <ProblemMessage error={error} />
      <TextField
        label="Token name"
        name="tokenName"
        autoComplete="off"
        required
        maxLength={80}
        hint="What it is for, so you recognise it later. For example “Export script”."
        value={name}
        onChange={setName}
      />
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          <Plus size={20} aria-hidden="true" />
          Create token
        </button>
      </div>
    </form>
  );
}
