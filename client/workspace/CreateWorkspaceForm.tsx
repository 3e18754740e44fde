import { Lock, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { WorkspaceSummary } from '../../shared/api';
import { createWorkspace } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { localTimeZone } from '../../shared/timeZone';

export function CreateWorkspaceForm({ onCreated }: { onCreated: (workspace: WorkspaceSummary) => void }) {
  const [studentName, setStudentName] = useState('');
  const [gradeOrBirthDate, setGradeOrBirthDate] = useState('');
  const [school, setSchool] = useState('');
  // The creator's own zone is the usual answer: the team meets where the student goes to school.
  const [timeZone, setTimeZone] = useState(localTimeZone);
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
        ...(timeZone.trim() ? { timeZone: timeZone.trim() } : {}),
      });
      onCreated(workspace);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-labelledby="new-student-title">
      <div className="card__intro">
        <h2 className="card__title" id="new-student-title">Start a plan for a student</h2>
        <p className="muted">You become the case manager and can invite the rest of the team.</p>
      </div>
      <ProblemMessage error={error} />
      <TextField label="Student’s name" name="studentName" autoComplete="off" required maxLength={120} value={studentName} onChange={setStudentName} />
      <TextField
        label="Grade or date of birth"
        name="gradeOrBirthDate"
        autoComplete="off"
        optional
        maxLength={40}
        hint="For example “Grade 2”. Helps the team tell students with the same name apart."
        value={gradeOrBirthDate}
        onChange={setGradeOrBirthDate}
      />
      <TextField label="School" name="school" autoComplete="off" optional maxLength={120} value={school} onChange={setSchool} />
      <TextField
        label="Time zone"
        name="timeZone"
        autoComplete="off"
        required
        maxLength={64}
        hint="Every meeting time, signature and exported copy is shown in this zone, e.g. “America/Chicago”."
        value={timeZone}
        onChange={setTimeZone}
      />
      <p className="note">
        <Lock size={18} aria-hidden="true" />
        <span>
          We ask only what the team needs to find the right student. The plan is part of the child’s
          education record, so less stored here means less that could ever be exposed.
        </span>
      </p>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <Plus size={20} aria-hidden="true" />
          {busy ? 'Creating…' : 'Create the student’s workspace'}
        </button>
      </div>
    </form>
  );
}
