import type { Role } from '../../shared/roles';
import { mayEnterKind, planDoc, ScheduleDoc, type Author, type ScheduleSessionInput, type ServiceView } from '../../shared/schema';
import { planDocName, scheduleDocName } from '../../shared/docName';
import { nowIso } from '../accounts/secrets';
import type { DocumentReader } from '../documents/DocumentReader';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import { refusedKind } from './refusedKind';

/** The services of a workspace's plan, as the server has stored them. */
export async function planServicesOf(documents: DocumentReader, workspaceId: string): Promise<ServiceView[]> {
  const doc = await documents.loadDoc(planDocName(workspaceId));
  try {
    return planDoc(doc).services.list();
  } finally {
    doc.destroy();
  }
}

/**
 * Puts one session on the child's week for a member: checks that their role enters that kind
 * and that a school service names a service of the plan, writes the schedule document through
 * its room (everyone online sees it at once) and records it in the audit log. The schedule API
 * and the demo's seed both add sessions here, so the demo's week is one the API could have made.
 * Adding the same id again changes nothing and resolves false.
 */
export async function addScheduleSession(services: Services, workspaceId: string, role: Role, author: Author, id: string, input: ScheduleSessionInput): Promise<boolean> {
  if (!mayEnterKind(role, input.kind)) throw refusedKind(input.kind);
  if (input.kind === 'school_service') {
    const planServices = await planServicesOf(services.documents, workspaceId);
    if (!planServices.some((service) => service.id === input.serviceId)) throw badRequest('Choose the plan service this session delivers.', 'invalid_serviceId');
  } else if (input.serviceId) {
    throw badRequest('Only school services are linked to a plan service.', 'service_not_linkable');
  }
  let added = false;
  await services.rooms.change(scheduleDocName(workspaceId), (doc) => {
    added = new ScheduleDoc(doc).add(id, input, author, nowIso());
  });
  if (added) await services.audit.record({ workspaceId, actorId: author.userId, action: 'schedule.session_added', subject: id, details: { kind: input.kind } });
  return added;
}
