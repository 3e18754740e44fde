import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { CreatedInvitation } from '../../shared/api';
import { CopyField } from '../components/CopyField';
import { formatDate } from './roleLabels';
import { Trans, useTranslation } from 'react-i18next';

/** Right after inviting: the link, once, with the copy button where the eye already is. */
export function InvitationCreated({ created }: { created: CreatedInvitation }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const { invitation, link, mailed } = created;

  useEffect(() => {
    // Focus follows the result so keyboard and screen-reader users hear what happened.
    heading.current?.focus();
  }, [created]);

  return (
    <section className="card invitation-created" aria-labelledby="invitation-created-title" data-testid="invitation-created">
      <h2 className="card__title invitation-created__title" id="invitation-created-title" ref={heading} tabIndex={-1}>
        <CircleCheck size={22} aria-hidden="true" />
        {t('invitations.ready')}
      </h2>
      <p>
        <Trans i18nKey="invitations.joinsAs" values={{ email: invitation.email, role: t(`roles.${invitation.role}.asRole`) }} components={{ strong: <strong /> }} />{' '}
        {mailed ? t('invitations.mailed') : t('invitations.sendYourself')} {t('invitations.worksUntil', { date: formatDate(invitation.expiresAt) })}
      </p>
      <CopyField label={t('invitations.link')} value={link} buttonLabel={t('invitations.copyLink')} testId="invitation-link" />
      <p className="muted">{t('invitations.safety')}</p>
    </section>
  );
}
