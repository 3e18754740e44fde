import { KeyRound, Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { accessTokenLifetimes, defaultAccessTokenLifetime, type AccessTokenLifetime, type AccessTokenView, type CreatedAccessToken, type UserView } from '../../shared/api';
import { createToken, listTokens, revokeToken } from '../api/accountApi';
import { useApiData } from '../api/useApiData';
import { ConfirmButton } from '../components/ConfirmButton';
import { CopyField } from '../components/CopyField';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { formatDate, formatDateTime } from '../workspace/roleLabels';

const lifetimeLabel = (days: AccessTokenLifetime): string => (days === 365 ? '1 year' : `${days} days`);

function expiryText(token: AccessTokenView, now: number): string {
  if (!token.expiresAt) return 'never expires';
  return Date.parse(token.expiresAt) <= now ? `expired ${formatDate(token.expiresAt)}` : `expires ${formatDate(token.expiresAt)}`;
}

/** Personal access tokens: named, expiring, with when each was last used. */
export function AccessTokensCard({ user }: { user: UserView }) {
  const [tokens, { reload }] = useApiData(listTokens, user.id);
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);
  const [error, setError] = useState<unknown>(null);
  const now = Date.now();

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
            <li key={token.id} className="tokens__item" data-testid="access-token">
              <KeyRound className="tokens__icon" size={20} aria-hidden="true" />
              <div className="tokens__text">
                <p className="tokens__name">{token.name}</p>
                <p className="muted">
                  Created {formatDate(token.createdAt)} · {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'} · {expiryText(token, now)}
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
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedAccessToken) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [lifetime, setLifetime] = useState<AccessTokenLifetime>(defaultAccessTokenLifetime);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createToken(name.trim(), lifetime));
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
      <div className="field">
        <label className="field__label" htmlFor={`${id}-lifetime`}>Expires after</label>
        <p className="field__hint" id={`${id}-lifetime-hint`}>The token stops working then; make a new one if it is still needed.</p>
        <select
          id={`${id}-lifetime`}
          className="text-input"
          aria-describedby={`${id}-lifetime-hint`}
          value={lifetime}
          onChange={(event) => setLifetime(accessTokenLifetimes.find((days) => String(days) === event.target.value) ?? defaultAccessTokenLifetime)}
        >
          {accessTokenLifetimes.map((days) => (
            <option key={days} value={days}>{lifetimeLabel(days)}</option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          <Plus size={20} aria-hidden="true" />
          Create token
        </button>
      </div>
    </form>
  );
}
