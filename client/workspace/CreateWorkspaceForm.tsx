import { Lock, Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { WorkspaceSummary } from '../../shared/api';
import { createWorkspace } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { localTimeZone } from '../../shared/timeZone';
import { formatMoment } from '../i18n/dates';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useTranslation } from 'react-i18next';

/**
 * `labelledBy`: the id of a heading already shown for the form (a disclosure's summary); the
 * form then leaves out its own, which would say the same again.
 */
export function CreateWorkspaceForm({ onCreated, labelledBy }: { onCreated: (workspace: WorkspaceSummary) => void; labelledBy?: string }) {
  const [studentName, setStudentName] = useState('');
  const { t } = useTranslation();
  const [gradeOrBirthDate, setGradeOrBirthDate] = useState('');
  const [school, setSchool] = useState('');
  // The creator's own zone is the usual answer: the team meets where the student goes to school.
  const [timeZone, setTimeZone] = useState(localTimeZone);
  const zoneId = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const workspace = await createWorkspace({
        studentName: studentName.trim(),
        ...(gradeOrBirthDate.trim() ? { gradeOrBirthDate: gradeOrBirthDate.trim() } : {}),
        ...(school.trim() ? { school: school.trim() } : {}),
        timeZone,
      });
      onCreated(workspace);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-labelledby={labelledBy ?? 'new-student-title'}>
      <div className="card__intro">
        {!labelledBy && <h2 className="card__title" id="new-student-title">{t('newStudent.title')}</h2>}
        <p className="muted">{t('newStudent.lead')}</p>
      </div>
      <ProblemMessage error={error} />
      <TextField label={t('newStudent.name')} name="studentName" autoComplete="off" required maxLength={120} value={studentName} onChange={setStudentName} />
      <TextField
        label={t('newStudent.grade')}
        name="gradeOrBirthDate"
        autoComplete="off"
        optional
        maxLength={40}
        hint={t('newStudent.gradeHint')}
        value={gradeOrBirthDate}
        onChange={setGradeOrBirthDate}
      />
      <TextField label={t('places.school')} name="school" autoComplete="off" optional maxLength={120} value={school} onChange={setSchool} />
      <div className="field">
        <label className="field__label" htmlFor={zoneId}>
          {t('newStudent.timeZone')}
        </label>
        <p className="field__hint" id={`${zoneId}-hint`}>
          {t('newStudent.timeZoneHint', { now: formatMoment(new Date().toISOString(), timeZone) })}
        </p>
        <div className="field__control">
          <TimeZoneSelect id={zoneId} name="timeZone" required aria-describedby={`${zoneId}-hint`} value={timeZone} onChange={setTimeZone} />
        </div>
      </div>
      <p className="note">
        <Lock size={18} aria-hidden="true" />
        <span>{t('newStudent.privacy')}</span>
      </p>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <Plus size={20} aria-hidden="true" />
          {busy ? t('newStudent.creating') : t('newStudent.create')}
        </button>
      </div>
    </form>
  );
}
