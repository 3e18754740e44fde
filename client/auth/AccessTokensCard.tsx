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
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';

const lifetimeLabel = (days: AccessTokenLifetime): string => (days === 365 ? i18n.t('settingsCards.oneYear') : i18n.t('settingsCards.days', { count: days }));

function expiryText(token: AccessTokenView, now: number): string {
  if (!token.expiresAt) return i18n.t('settingsCards.neverExpires');
  return i18n.t(Date.parse(token.expiresAt) <= now ? 'settingsCards.expired' : 'settingsCards.expires', { date: formatDate(token.expiresAt) });
}

/** Personal access tokens: named, expiring, with when each was last used. */
export function AccessTokensCard({ user }: { user: UserView }) {
  const [tokens, { reload }] = useApiData(listTokens, user.id);
  const { t } = useTranslation();
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
        <h2 className="card__title" id="tokens-title">{t('settingsCards.tokens')}</h2>
        <p className="muted">
          {t('settingsCards.tokensLead')}
        </p>
      </div>
      <CreateTokenForm onCreated={(token) => { setCreated(token); void reload(); }} />
      {created && (
        <div className="token-created" data-testid="token-created">
          <p className="status-line">{t('settingsCards.tokenCreated', { name: created.name })}</p>
          <CopyField label={t('settingsCards.newToken')} value={created.token} buttonLabel={t('settingsCards.copyToken')} testId="token-secret" />
        </div>
      )}
      <ProblemMessage error={error} />
      {tokens.status === 'failed' && <ProblemMessage error={tokens.error} />}
      {tokens.status === 'ready' && tokens.data.length === 0 && <p className="muted">{t('settingsCards.noTokens')}</p>}
      {tokens.status === 'ready' && tokens.data.length > 0 && (
        <ul className="tokens" aria-label={t('settingsCards.yourTokens')}>
          {tokens.data.map((token) => (
            <li key={token.id} className="tokens__item" data-testid="access-token">
              <KeyRound className="tokens__icon" size={20} aria-hidden="true" />
              <div className="tokens__text">
                <p className="tokens__name">{token.name}</p>
                <p className="muted">
                  {t('settingsCards.created', { date: formatDate(token.createdAt) })} · {token.lastUsedAt ? t('settingsCards.lastUsed', { date: formatDateTime(token.lastUsedAt) }) : t('settingsCards.neverUsed')} · {expiryText(token, now)}
                </p>
              </div>
              <ConfirmButton
                ariaLabel={t('settingsCards.revokeName', { name: token.name })}
                question={t('settingsCards.revokeQuestion', { name: token.name })}
                confirmLabel={t('settingsCards.revoke')}
                onConfirm={() => handleRevoke(token)}
              >
                {t('settingsCards.revoke')}
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
  const { t } = useTranslation();
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
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('settingsCards.createToken')}>
      <ProblemMessage error={error} />
      <TextField
        label={t('settingsCards.tokenName')}
        name="tokenName"
        autoComplete="off"
        required
        maxLength={80}
        hint={t('settingsCards.tokenNameHint')}
        value={name}
        onChange={setName}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-lifetime`}>{t('settingsCards.expiresAfter')}</label>
        <p className="field__hint" id={`${id}-lifetime-hint`}>{t('settingsCards.expiresAfterHint')}</p>
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
          {t('settingsCards.create')}
        </button>
      </div>
    </form>
  );
}
