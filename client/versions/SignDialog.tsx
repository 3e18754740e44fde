import { FileSignature, RefreshCw } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { signatureDecisions, type MeetingSummary, type SignatureDecision, type VersionView } from '../../shared/api';
import { useTranslation } from 'react-i18next';
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

const statementHints: Record<SignatureDecision, string> = {
  agree: 'Anything you want recorded with your signature. Everyone on the team will see it.',
  agree_with_reservations: 'What are your reservations? Everyone on the team will see this with your signature.',
  disagree: 'What do you disagree with? This helps the team prepare the next version. Everyone on the team will see it.',
};

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
        <FileSignature size={20} aria-hidden="true" /> {busy ? 'Signing…' : 'Sign this version'}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Cancel
      </button>
    </>
  );

  return (
    <ModalDialog title={`Sign ${versionName(version)}`} onClose={onClose} footer={footer}>
      <p>
        Proposed by {version.proposedBy.name} on <time dateTime={version.proposedAt}>{formatMoment(version.proposedAt, version.timeZone)}</time>.
        A version never changes: what you read here is exactly what you sign.
      </p>

      <div className="sign__hash">
        <p className="sign__hash-label">
          Document code <strong>{version.documentCode}</strong>
        </p>
        <p className="muted">
          Every printed or downloaded copy of this version shows the same document code, so you can check a copy is the
          one you signed. Each new version has a new code.
        </p>
        <details>
          <summary>Full fingerprint</summary>
          <code className="sign__hash-value">{shownHash}</code>
        </details>
      </div>

      <SignChanges workspaceId={workspaceId} version={version} versions={versions} />

      <details className="sign__read" onToggle={(event) => setReading(event.currentTarget.open)}>
        <summary>Read the whole version</summary>
        {reading && <VersionReader workspaceId={workspaceId} versionId={version.id} />}
      </details>

      <form id={formId} className="form-stack" onSubmit={(event) => void handleSubmit(event)}>
        <fieldset className="sign__decisions" aria-describedby={decisionHelpId}>
          <legend className="sign__legend">Your decision</legend>
          <p className="field__hint" id={decisionHelpId}>Choose one.</p>
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
          label="Statement (optional)"
          value={statement}
          onChange={setStatement}
          hint={statementHints[decision ?? 'agree']}
          maxLength={2000}
        />

        <TextField
          label="Your full name"
          value={typedName}
          onChange={setTypedName}
          hint="Type your name as you would sign it on paper."
          autoComplete="name"
          required
          maxLength={200}
        />

        <label className="sign__choice">
          <input type="checkbox" required checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span className="sign__choice-label">
            {decision ? signingStatement(version.number, studentName, decision) : 'Choose your decision above, then confirm it here.'}
          </span>
        </label>

        {askPassword && (
          <PasswordField
            label="Your password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            hint="You signed in more than 15 minutes ago: enter your password to confirm it is you signing."
          />
        )}

        <p className="sign__records">
          Signing records your name (<strong>{signerName}</strong>), the name you typed, the statement you confirm, the date
          and time, and this exact version: version {version.number}, document code <strong>{version.documentCode}</strong>{' '}
          (fingerprint <code>{shortHash(shownHash)}</code>). A signature cannot be changed or withdrawn afterwards.
        </p>

        <div ref={problemRef}>
          {stale ? (
            <div className="sign__stale" role="alert">
              <p>
                <strong>This is not the version you were shown.</strong> Reload the versions and read this one again before signing.
              </p>
              <button type="button" className="button button--secondary" onClick={() => { onReload(); onClose(); }}>
                <RefreshCw size={18} aria-hidden="true" /> Reload versions
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
