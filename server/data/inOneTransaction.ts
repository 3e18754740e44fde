import type { AuditLog } from '../audit/AuditLog';
import type { Services } from '../services';
import { ConsentRepository } from '../workspaces/ConsentRepository';
import { InvitationRepository } from '../workspaces/InvitationRepository';
import { VersionRepository } from '../versions/VersionRepository';
import { WorkspaceRepository } from '../workspaces/WorkspaceRepository';

/** The repositories a change to a team or its record touches, all writing in one transaction. */
export interface AccessRepositories {
  readonly workspaces: WorkspaceRepository;
  readonly invitations: InvitationRepository;
  readonly consents: ConsentRepository;
  readonly versions: VersionRepository;
  readonly audit: AuditLog;
}

/**
 * Runs `work` in one transaction across several repositories, so a change and its audit
 * entries commit together or not at all (withdrawing consent removes the members it covered;
 * accepting an invitation adds the member; a version or a signature and its audit row). Await only these repositories inside `work`;
 * close sockets and send mail after it resolves.
 */
export function inOneTransaction<T>(services: Services, work: (repositories: AccessRepositories) => Promise<T>): Promise<T> {
  return services.data.transaction().execute((trx) =>
    work({
      workspaces: new WorkspaceRepository(trx),
      invitations: new InvitationRepository(trx, services.config.invitationTtlMs),
      consents: new ConsentRepository(trx),
      versions: new VersionRepository(trx),
      audit: services.audit.within(trx),
    }),
  );
}
