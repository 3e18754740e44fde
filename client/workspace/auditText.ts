import type { AuditEventView } from '../../shared/api';
import { isRole } from '../../shared/roles';
import { roleLabel, withArticle } from './roleLabels';

/**
 * One audit event as a sentence a parent can read: "Dana Ortiz invited sam@school.org as a
 * teacher". Subjects are ids; `nameOf` turns a member's id into their name when we know it.
 */
export function describeAuditEvent(event: AuditEventView, nameOf: (userId: string) => string | null): string {
  const details = event.details ?? {};
  const role = (value: string | undefined) => (value && isRole(value) ? withArticle(roleLabel(value)) : 'a member');
  const person = (fallback: string) => (event.subject ? nameOf(event.subject) : null) ?? fallback;

  switch (event.action) {
    case 'workspace.created':
      return 'created this student’s workspace';
    case 'member.invited':
      return `invited ${details.email ?? 'someone'} as ${role(details.role)}`;
    case 'invitation.revoked':
      return 'withdrew an invitation';
    case 'member.joined':
      return `joined the team as ${role(details.role)}`;
    case 'member.role_changed':
      return `changed ${person('a member')}’s role from ${role(details.from).replace(/^an? /, '')} to ${role(details.to).replace(/^an? /, '')}`;
    case 'member.removed':
      return details.reason === 'consent withdrawn'
        ? `removed ${person('a former member')} because consent was withdrawn`
        : event.actorName !== null && person('') === event.actorName
          ? 'left the team'
          : `removed ${person('a former member')} from the team`;
    case 'consent.granted':
      return details.recipient ? `gave consent to share the plan with ${details.recipient}` : 'gave consent to share the plan';
    case 'consent.revoked':
      return 'withdrew consent to share the plan';
    case 'document.opened':
      return details.via === 'token' ? 'opened the plan with an access token' : 'opened the plan';
    case 'workspace.viewed':
      return 'viewed the student’s team page';
    case 'versions.listed':
      return 'looked at the list of plan versions';
    case 'version.read':
      return 'read a plan version';
    case 'version.compared':
      return 'compared plan versions';
    case 'comments.read':
      return 'read the comments';
    case 'inbox.read':
      return 'read their comment inbox';
    case 'plan.exported':
      return `downloaded ${details.document ?? 'the plan'}${details.format ? ` (${details.format.toUpperCase()})` : ''}`;
    case 'member.email_confirmed':
      return `confirmed in person that ${details.email ?? 'an email'} belongs to ${person('the person invited')}`;
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

/** The actions the log can be filtered by, as people would name them. */
export const auditActionChoices: readonly { readonly action: string; readonly label: string }[] = [
  { action: 'document.opened', label: 'Opened a document' },
  { action: 'workspace.viewed', label: 'Viewed the team page' },
  { action: 'versions.listed', label: 'Listed versions' },
  { action: 'version.read', label: 'Read a version' },
  { action: 'version.compared', label: 'Compared versions' },
  { action: 'comments.read', label: 'Read comments' },
  { action: 'inbox.read', label: 'Read their inbox' },
  { action: 'plan.exported', label: 'Downloaded' },
  { action: 'member.invited', label: 'Invited someone' },
  { action: 'member.joined', label: 'Joined' },
  { action: 'member.role_changed', label: 'Changed a role' },
  { action: 'member.removed', label: 'Removed or left' },
  { action: 'consent.granted', label: 'Gave consent' },
  { action: 'consent.revoked', label: 'Withdrew consent' },
  { action: 'version.proposed', label: 'Proposed a version' },
  { action: 'version.signed', label: 'Signed' },
];
