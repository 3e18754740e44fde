import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useDisclosureFocus } from './useDisclosureFocus';
import type { MeetingSummary, MemberView, VersionView } from '../../shared/api';
import { defaultAgreementMeeting } from '../../shared/agreedMeeting';
import { MeetingChoice, noMeetingValue } from './MeetingChoice';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { SignersChecklist } from './SignersChecklist';
import { isApiFailure } from '../api/ApiFailure';
import type { CompletenessItem } from '../../shared/completeness';
import { CompletenessChecklist } from './CompletenessChecklist';
import { getCompleteness, proposeVersion } from './versionsApi';
import { signerCandidates, withRequiredSigners } from './versionText';
import './ProposeVersionForm.css';
import { Trans, useTranslation } from 'react-i18next';

interface ProposeVersionFormProps {
  workspaceId: string;
  members: readonly MemberView[];
  nextNumber: number;
  /** The workspace's meetings, to say which one agrees the version. */
  meetings?: readonly MeetingSummary[];
  timeZone?: string;
  onProposed: (version: VersionView) => void;
}

/** Freezes the live plan as a numbered version for the team to sign. */
export function ProposeVersionForm({ workspaceId, members, nextNumber, meetings = [], timeZone = 'UTC', onProposed }: ProposeVersionFormProps) {
  const { t } = useTranslation();
  const [meetingId, setMeetingId] = useState(noMeetingValue);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingSigners, setMissingSigners] = useState(false);
  const [checklist, setChecklist] = useState<CompletenessItem[] | null>(null);
  const [reason, setReason] = useState('');
  // Shown once the server says the plan has not changed since the last version.
  const [askReason, setAskReason] = useState(false);
  const blocked = checklist !== null && checklist.some((item) => item.level === 'required' && !item.met);
  // The heading, not the title field: the checklist of what the plan lacks arrives after the
  // form opens and pushed the focused field below the window (1,560 px down at 1280 × 800).
  const { toggleRef, formRef, keepFocusElsewhere } = useDisclosureFocus(open, 'heading');

  function start() {
    // Everyone whose role signs, by default: the usual case is the whole team agreeing.
    setSelected(new Set(signerCandidates(members).map((member) => member.userId)));
    setTitle('');
    setError(null);
    setMissingSigners(false);
    setReason('');
    setAskReason(false);
    setChecklist(null);
    // The meeting in progress or the most recent one, as the server would choose.
    setMeetingId(defaultAgreementMeeting(meetings, new Date().toISOString())?.id ?? noMeetingValue);
    setOpen(true);
    getCompleteness(workspaceId).then(setChecklist, setError);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (selected.size === 0) {
      setMissingSigners(true);
      return;
    }
    setBusy(true);
    try {
      const version = await proposeVersion(workspaceId, {
        title: title.trim(),
        requiredSigners: withRequiredSigners(selected, members),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        meetingId: meetingId === noMeetingValue ? null : meetingId,
      });
      keepFocusElsewhere(); // focus goes to the new version, not back to the toggle
      setOpen(false);
      onProposed(version);
    } catch (failure) {
      setError(failure);
      if (isApiFailure(failure) && failure.id === 'plan_unchanged') setAskReason(true);
      if (isApiFailure(failure) && failure.id === 'plan_incomplete') getCompleteness(workspaceId).then(setChecklist, () => undefined);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="propose">
        <button ref={toggleRef} type="button" className="button button--primary" aria-expanded={false} onClick={start}>
          <Plus size={20} aria-hidden="true" /> {t('versions.proposeA')}
        </button>
      </div>
    );
  }

  return (
    <form ref={formRef} className="propose propose--open form-stack" aria-labelledby="propose-title" onSubmit={(event) => void handleSubmit(event)}>
      <h3 id="propose-title" className="propose__title" tabIndex={-1}>{t('versions.proposeNumber', { number: nextNumber })}</h3>
      <p>
        <Trans i18nKey="versions.proposeLead" values={{ number: nextNumber }} components={{ strong: <strong /> }} />
      </p>
      <CompletenessChecklist items={checklist} />
      <ProblemMessage error={error} />
      <TextField
        label={t('versions.title')}
        value={title}
        onChange={setTitle}
        hint={t('versions.titleHint')}
        required
        maxLength={120}
        autoComplete="off"
      />
      {askReason && (
        <TextField
          label={t('versions.whyAgain')}
          value={reason}
          onChange={setReason}
          hint={t('versions.whyAgainHint')}
          required
          maxLength={500}
          autoComplete="off"
        />
      )}
      <MeetingChoice meetings={meetings} value={meetingId} onChange={setMeetingId} timeZone={timeZone} label={t('planRecord.meetingLabel')} hint={t('planRecord.meetingHint')} />
      <SignersChecklist members={members} selected={selected} onChange={(next) => { setSelected(next); setMissingSigners(false); }} />
      {missingSigners && <p className="field-problem" role="alert">{t('versions.tickOne')}</p>}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || blocked}>
          {busy ? t('versions.proposing') : t('versions.proposeNumber', { number: nextNumber })}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setOpen(false)}>
          {t('versions.cancel')}
        </button>
      </div>
    </form>
  );
}
