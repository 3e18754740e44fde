import type { AuditEventView } from '../../shared/api';
import { isRole } from '../../shared/roles';
import { en } from '../../shared/i18n/en';
import { i18n } from '../i18n/i18n';
import { roleLabel } from './roleLabels';

/**
 * One audit event as a sentence a parent can read: "Dana Ortiz invited sam@school.org as a
 * teacher". Subjects are ids; `nameOf` turns a member's id into their name when we know it.
 */
export function describeAuditEvent(event: AuditEventView, nameOf: (userId: string) => string | null): string {
  const details = event.details ?? {};
  const t = i18n.t.bind(i18n);
  const role = (value: string | undefined) => (value && isRole(value) ? t(`roles.${value}.asRole`) : t('audit.aMember'));
  const bareRole = (value: string | undefined) => (value && isRole(value) ? roleLabel(value).toLowerCase() : t('audit.aMember'));
  const person = (fallback: string) => (event.subject ? nameOf(event.subject) : null) ?? fallback;

  switch (event.action) {
    case 'workspace.created':
      return t('audit.created');
    case 'member.invited':
      return t('audit.invited', { email: details.email ?? t('audit.someone'), role: role(details.role) });
    case 'invitation.revoked':
      return t('audit.invitationRevoked');
    case 'member.joined':
      return t('audit.joined', { role: role(details.role) });
    case 'member.role_changed':
      return t('audit.roleChanged', { name: person(t('audit.aMember')), from: bareRole(details.from), to: bareRole(details.to) });
    case 'member.removed':
      return details.reason === 'consent withdrawn'
        ? t('audit.removedConsent', { name: person(t('audit.aFormerMember')) })
        : event.actorName !== null && person('') === event.actorName
          ? t('audit.left')
          : t('audit.removed', { name: person(t('audit.aFormerMember')) });
    case 'consent.granted':
      return details.recipient ? t('audit.consentGrantedTo', { recipient: details.recipient }) : t('audit.consentGranted');
    case 'consent.revoked':
      return t('audit.consentRevoked');
    case 'document.opened':
      return details.via === 'token' ? t('audit.openedWithToken') : t('audit.opened');
    case 'workspace.viewed':
      return t('audit.viewed');
    case 'versions.listed':
      return t('audit.listed');
    case 'version.read':
      return t('audit.versionRead');
    case 'version.compared':
      return t('audit.compared');
    case 'comments.read':
      return t('audit.commentsRead');
    case 'inbox.read':
      return t('audit.inboxRead');
    case 'plan.exported': {
      const document = details.document ?? t('audit.thePlan');
      return details.format ? t('audit.exportedAs', { document, format: details.format.toUpperCase() }) : t('audit.exported', { document });
    }
    case 'member.email_confirmed':
      return t('audit.emailConfirmed', { email: details.email ?? t('audit.anEmail'), name: person(t('audit.thePersonInvited')) });
    case 'workspace.time_zone_changed':
      return t('audit.timeZoneChanged', { zone: (details.timeZone ?? '').replace(/_/g, ' ') });
    default:
      return event.action.replace(/[._]/g, ' ');
  }
}

/**
 * Names for the ids events mention: current members, plus people who joined through an
 * invitation (they are the actor of their own "joined" event) and may have left since.
 */
export function auditNames(events: readonly AuditEventView[], members: readonly { userId: string; displayName: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.action === 'member.joined' && event.subject && event.actorName && event.details?.invitation) {
      names.set(event.subject, event.actorName);
    }
  }
  for (const member of members) names.set(member.userId, member.displayName);
  return names;
}

const choice = (action: string, key: keyof typeof en.audit.choices) => ({
  action,
  get label() {
    return i18n.t(`audit.choices.${key}`);
  },
});

/** The actions the log can be filtered by, as people would name them, in the reader's language. */
export const auditActionChoices: readonly { readonly action: string; readonly label: string }[] = [
  choice('document.opened', 'opened'),
  choice('workspace.viewed', 'viewed'),
  choice('versions.listed', 'listed'),
  choice('version.read', 'versionRead'),
  choice('version.compared', 'compared'),
  choice('comments.read', 'commentsRead'),
  choice('inbox.read', 'inboxRead'),
  choice('plan.exported', 'exported'),
  choice('member.invited', 'invited'),
  choice('member.joined', 'joined'),
  choice('member.role_changed', 'roleChanged'),
  choice('member.removed', 'removed'),
  choice('consent.granted', 'consentGranted'),
  choice('consent.revoked', 'consentRevoked'),
  choice('version.proposed', 'proposed'),
  choice('version.signed', 'signed'),
  choice('workspace.time_zone_changed', 'timeZone'),
];
