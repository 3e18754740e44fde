import { FileSignature, RefreshCw } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { signatureDecisions, type MeetingSummary, type SignatureDecision, type VersionView } from '../../shared/api';
import { MeetingChoice, noMeetingValue } from './MeetingChoice';
import { defaultAgreementMeeting } from '../../shared/agreedMeeting';
import { isApiFailure } from '../api/ApiFailure';
import { ProblemMessage } from '../components/ProblemMessage';
import { PasswordField } from '../components/PasswordField';
import { TextAreaField, TextField } from '../components/TextField';
import { signingStatement } from '../../shared/signing';
import { ModalDialog } from './ModalDialog';
import { SignChanges } from './SignChanges';
import { VersionReader } from './VersionReader';
import { signVersion } from './versionsApi';
import { decisionExplanations, formatMoment, shortHash, versionName } from './versionText';
import './SignDialog.css';
import { Trans, useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

interface SignDialogProps {
  workspaceId: string;
  version: VersionView;
  /** Every version, newest first: the changes shown are since the last agreed one. */
  versions: readonly VersionView[];
  /** The signer's own name, repeated in the sentence saying what signing records. */
  signerName: string;
  /** The child's name, for the statement the signer confirms. */
  studentName: string;
  /** The workspace's meetings: the signature that completes the agreement may say which one agreed it. */
  meetings?: readonly MeetingSummary[];
  onClose: () => void;
  onSigned: (version: VersionView) => void;
  /** Refetch the versions (after a refusal that means the list on screen is out of date). */
  onReload: () => void;
}

const statementHints = translatedRecord<SignatureDecision>({
  agree: 'versions.hintAgree',
  agree_with_reservations: 'versions.hintReservations',
  disagree: 'versions.hintDisagree',
});

/**
 * Signing one exact version: the person sees its fingerprint and what changed, reads it if
 * they wish, chooses a decision, and the request names the fingerprint shown here.
 */
export function SignDialog({ workspaceId, version, versions, signerName, studentName, meetings = [], onClose, onSigned, onReload }: SignDialogProps) {
  const { t } = useTranslation();
  // Everyone else required has agreed: this signature, if it agrees, completes the agreement.
  const signedBy = new Set(version.signatures.filter((s) => s.decision !== 'disagree').map((s) => s.userId));
  const completes = version.signatures.every((s) => s.decision !== 'disagree') && version.requiredSigners.filter((id) => !signedBy.has(id)).length === 1;
  // The meeting the proposal named, else the meeting in progress or the most recent one.
  const [meetingId, setMeetingId] = useState(version.agreedAt?.meetingId ?? defaultAgreementMeeting(meetings, new Date().toISOString())?.id ?? noMeetingValue);
  const formId = useId();
  const decisionHelpId = useId();
  const [decision, setDecision] = useState<SignatureDecision | null>(null);
  const [statement, setStatement] = useState('');
  const [typedName, setTypedName] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [password, setPassword] = useState('');
  // Asked for once the server says the sign-in is older than 15 minutes (or the password was wrong).
  const [askPassword, setAskPassword] = useState(false);
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stale = isApiFailure(error) && error.id === 'stale_hash';
  // Captured once: what is sent is what this dialog displayed, even if the list refreshes meanwhile.
  const [shownHash] = useState(version.hash);
  const problemRef = useRef<HTMLDivElement>(null);

  // The refusal appears under the form, likely below the fold: bring it into view.
  useEffect(() => {
    if (error) problemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!decision || !confirmed) return;
    setBusy(true);
    setError(null);
    try {
      const meeting = completes && decision !== 'disagree' ? { meetingId: meetingId === noMeetingValue ? null : meetingId } : {};
      onSigned(await signVersion(workspaceId, version.id, { decision, statement, versionHash: shownHash, typedName, password, ...meeting }));
    } catch (failure) {
      setError(failure);
      if (isApiFailure(failure) && (failure.id === 'password_required' || failure.id === 'wrong_password')) setAskPassword(true);
      if (isApiFailure(failure) && failure.id === 'already_signed') onReload();
    } finally {
      setBusy(false);
    }
  }

  const footer = (
    <>
      <button type="submit" form={formId} className="button button--primary" disabled={busy || stale || !decision || !confirmed || typedName.trim() === ''}>
        <FileSignature size={20} aria-hidden="true" /> {busy ? t('versions.signing') : t('versions.signThis')}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('versions.cancel')}
      </button>
    </>
  );

  return (
    <ModalDialog title={t('versions.signTitle', { version: versionName(version) })} onClose={onClose} footer={footer}>
      <p>
        {t('versions.signLead', { name: version.proposedBy.name, date: formatMoment(version.proposedAt, version.timeZone) })}
      </p>

      <div className="sign__hash">
        <p className="sign__hash-label">
          {t('versions.documentCode')} <strong>{version.documentCode}</strong>
        </p>
        <p className="muted">
          {t('versions.codeLead')}
        </p>
        <details>
          <summary>{t('versions.fullFingerprint')}</summary>
          <code className="sign__hash-value">{shownHash}</code>
        </details>
      </div>

      <SignChanges workspaceId={workspaceId} version={version} versions={versions} />

      <details className="sign__read" onToggle={(event) => setReading(event.currentTarget.open)}>
        <summary>{t('versions.readWhole')}</summary>
        {reading && <VersionReader workspaceId={workspaceId} versionId={version.id} timeZone={version.timeZone} />}
      </details>

      <form id={formId} className="form-stack" onSubmit={(event) => void handleSubmit(event)}>
        <fieldset className="sign__decisions" aria-describedby={decisionHelpId}>
          <legend className="sign__legend">{t('versions.yourDecision')}</legend>
          <p className="field__hint" id={decisionHelpId}>{t('versions.chooseOne')}</p>
          {signatureDecisions.map((value) => (
            <label key={value} className="sign__choice">
              <input type="radio" name="decision" value={value} required checked={decision === value} onChange={() => setDecision(value)} />
              <span>
                <span className="sign__choice-label">{decisionExplanations[value].label}</span>
                <span className="sign__choice-help">{decisionExplanations[value].explanation}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {completes && decision !== null && decision !== 'disagree' && (
          <MeetingChoice meetings={meetings} value={meetingId} onChange={setMeetingId} timeZone={version.timeZone} label={t('planRecord.lastSignerMeeting')} hint={t('planRecord.meetingHint')} />
        )}

        <TextAreaField
          label={t('versions.statementOptional')}
          value={statement}
          onChange={setStatement}
          hint={statementHints[decision ?? 'agree']}
          maxLength={2000}
        />

        <TextField
          label={t('versions.fullName')}
          value={typedName}
          onChange={setTypedName}
          hint={t('versions.fullNameHint')}
          autoComplete="name"
          required
          maxLength={200}
        />

        <label className="sign__choice">
          <input type="checkbox" required checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span className="sign__choice-label">
            {decision ? signingStatement(version.number, studentName, decision) : t('versions.chooseFirst')}
          </span>
        </label>

        {askPassword && (
          <PasswordField
            label={t('versions.yourPassword')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            hint={t('versions.passwordHint')}
          />
        )}

        <p className="sign__records">
          <Trans
            i18nKey="versions.records"
            values={{ name: signerName, number: version.number, code: version.documentCode, hash: shortHash(shownHash) }}
            components={{ strong: <strong />, code: <code /> }}
          />
        </p>

        <div ref={problemRef}>
          {stale ? (
            <div className="sign__stale" role="alert">
              <p>
                <strong>{t('versions.staleTitle')}</strong>
                {t('versions.staleLead')}
              </p>
              <button type="button" className="button button--secondary" onClick={() => { onReload(); onClose(); }}>
                <RefreshCw size={18} aria-hidden="true" /> {t('versions.reloadVersions')}
              </button>
            </div>
          ) : (
            <ProblemMessage error={error} />
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
