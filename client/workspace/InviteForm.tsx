import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { CreatedInvitation } from '../../shared/api';
import { invitableRoles, invitationNeedsConsent, type Role } from '../../shared/roles';
import { createInvitation } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { ConsentFields, emptyConsent, type ConsentDraft } from './ConsentFields';
import { roleDescription, roleLabel } from './roleLabels';
import { useTranslation } from 'react-i18next';
import { isLanguage, languageInfo, languages, type Language } from '../../shared/i18n/languages';

interface InviteFormProps {
  workspaceId: string;
  myRole: Role;
  studentName: string;
  myName: string;
  onInvited: (created: CreatedInvitation) => void;
}

export function InviteForm({ workspaceId, myRole, studentName, myName, onInvited }: InviteFormProps) {
  const choices = invitableRoles(myRole);
  const { t, i18n } = useTranslation();
  // Defaults to the inviter's own language; a case manager inviting a Spanish-speaking family picks Español.
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>(choices.length === 1 ? (choices[0] ?? '') : '');
  const [consent, setConsent] = useState<ConsentDraft>(emptyConsent);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const needsConsent = role !== '' && invitationNeedsConsent(role);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (role === '') return;
    setBusy(true);
    setError(null);
    try {
      const created = await createInvitation(workspaceId, {
        email: email.trim(),
        role,
        language,
        ...(needsConsent ? { consent: { sharedScope: consent.sharedScope.trim(), scope: [...consent.scope], purpose: consent.purpose.trim() } } : {}),
      });
      setEmail('');
      setConsent(emptyConsent);
      onInvited(created);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-labelledby="invite-title" data-testid="invite-form">
      <div className="card__intro">
        <h2 className="card__title" id="invite-title">
          {myRole === 'parent' ? t('inviteForm.titleParent') : t('inviteForm.title')}
        </h2>
        <p className="muted">
          {t('inviteForm.lead')}
        </p>
      </div>
      <ProblemMessage error={error} />
      <TextField
        label={t('inviteForm.theirEmail')}
        type="email"
        name="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={setEmail}
      />
      {choices.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor="invite-role">{t('inviteForm.theirRole')}</label>
          <p className="field__hint" id="invite-role-hint">{role ? roleDescription(role) : t('inviteForm.roleHint')}</p>
          <select
            id="invite-role"
            className="text-input"
            required
            value={role}
            aria-describedby="invite-role-hint"
            onChange={(event) => setRole(event.target.value as Role | '')}
          >
            <option value="" disabled>{t('inviteForm.chooseRole')}</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>{roleLabel(choice)}</option>
            ))}
          </select>
        </div>
      ) : (
        role !== '' && (
          <p>
            <strong>{t('inviteForm.roleIs', { role: roleLabel(role) })}</strong> <span className="muted">{roleDescription(role)}</span>
          </p>
        )
      )}
      <div className="field">
        <label className="field__label" htmlFor="invite-language">{t('inviteForm.theirLanguage')}</label>
        <p className="field__hint" id="invite-language-hint">{t('inviteForm.theirLanguageHint')}</p>
        <select
          id="invite-language"
          className="text-input"
          value={language}
          aria-describedby="invite-language-hint"
          onChange={(event) => {
            if (isLanguage(event.target.value)) setLanguage(event.target.value);
          }}
        >
          {languages.map((choice) => (
            <option key={choice} value={choice} lang={choice}>{languageInfo[choice].nativeName}</option>
          ))}
        </select>
      </div>
      {needsConsent && (
        <ConsentFields value={consent} onChange={setConsent} studentName={studentName} recipient={email.trim()} parentName={myName} />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <Send size={20} aria-hidden="true" />
          {busy ? t('inviteForm.creating') : needsConsent ? t('inviteForm.consentAndCreate') : t('inviteForm.create')}
        </button>
      </div>
    </form>
  );
}
