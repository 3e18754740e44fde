import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { CreatedInvitation } from '../../shared/api';
import { CopyField } from '../components/CopyField';
import { formatDate, roleLabel, withArticle } from './roleLabels';

/** Right after inviting: the link, once, with the copy button where the eye already is. */
export function InvitationCreated({ created }: { created: CreatedInvitation }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { invitation, link, mailed } = created;

  useEffect(() => {
    // Focus follows the result so keyboard and screen-reader users hear what happened.
    heading.current?.focus();
  }, [created]);

  return (
    <section className="card invitation-created" aria-labelledby="invitation-created-title" data-testid="invitation-created">
      <h2 className="card__title invitation-created__title" id="invitation-created-title" ref={heading} tabIndex={-1}>
        <CircleCheck size={22} aria-hidden="true" />
        Invitation ready
      </h2>
      <p>
        <strong>{invitation.email}</strong> joins as {withArticle(roleLabel(invitation.role))}.{' '}
        {mailed ? 'We emailed them this link too.' : 'Send them this link yourself, by email or message.'} It works once, only
        for that email, until {formatDate(invitation.expiresAt)}.
      </p>
      <CopyField label="Invitation link" value={link} buttonLabel="Copy link" testId="invitation-link" />
      <p className="muted">For safety the link is shown only now. If it gets lost, withdraw the invitation and invite again.</p>
    </section>
  );
}
