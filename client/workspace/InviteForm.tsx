import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { CreatedInvitation } from '../../shared/api';
import { invitableRoles, invitationNeedsConsent, type Role } from '../../shared/roles';
import { createInvitation } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { ConsentFields, emptyConsent, type ConsentDraft } from './ConsentFields';
import { roleDescription, roleLabel } from './roleLabels';

interface InviteFormProps {
  workspaceId: string;
  myRole: Role;
  studentName: string;
  myName: string;
  onInvited: (created: CreatedInvitation) => void;
}

export function InviteForm({ workspaceId, myRole, studentName, myName, onInvited }: InviteFormProps) {
  const choices = invitableRoles(myRole);
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
        ...(needsConsent ? { consent: { sharedScope: consent.sharedScope.trim(), purpose: consent.purpose.trim() } } : {}),
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
          {myRole === 'parent' ? 'Invite your child’s clinic therapist' : 'Invite someone to the team'}
        </h2>
        <p className="muted">
          You get a link to send them. It works once, only for the email you enter here.
        </p>
      </div>
      <ProblemMessage error={error} />
      <TextField
        label="Their email"
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
          <label className="field__label" htmlFor="invite-role">Their role</label>
          <p className="field__hint" id="invite-role-hint">{role ? roleDescription(role) : 'The role decides what they can do with the plan.'}</p>
          <select
            id="invite-role"
            className="text-input"
            required
            value={role}
            aria-describedby="invite-role-hint"
            onChange={(event) => setRole(event.target.value as Role | '')}
          >
            <option value="" disabled>Choose a role</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>{roleLabel(choice)}</option>
            ))}
          </select>
        </div>
      ) : (
        role !== '' && (
          <p>
            <strong>Role: {roleLabel(role)}.</strong> <span className="muted">{roleDescription(role)}</span>
          </p>
        )
      )}
      {needsConsent && (
        <ConsentFields value={consent} onChange={setConsent} studentName={studentName} recipient={email.trim()} parentName={myName} />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <Send size={20} aria-hidden="true" />
          {busy ? 'Creating the invitation…' : needsConsent ? 'Give consent and create the invitation' : 'Create the invitation'}
        </button>
      </div>
    </form>
  );
}
