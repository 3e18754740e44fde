import { consentCovers, type NoteTopic } from '../../shared/consentScope';
import { roleDefinitions, type Role } from '../../shared/roles';
import type { Services } from '../services';
import type { StoredNote } from './SessionNoteRepository';

/**
 * Who may read a session note. School and home notes are part of the team's record. A clinic
 * therapist's note reaches school members only within the consent the parent gave for that
 * therapist (read at each request, so withdrawing consent hides the notes at once); outside
 * it the note stays with the clinic and the family.
 */
export async function noteVisibleTo(services: Services, workspaceId: string, note: StoredNote, reader: { userId: string; role: Role }): Promise<boolean> {
  if (note.authorId === reader.userId || note.authorSetting !== 'clinic') return true;
  if (roleDefinitions[reader.role].setting !== 'school') return true;
  const consentId = (await services.workspaces.membership(workspaceId, note.authorId))?.consentId ?? null;
  const consent = consentId ? await services.consents.findById(consentId) : null;
  if (!consent || consent.revokedAt !== null || consent.workspaceId !== workspaceId) return false;
  return consentCovers(consent.sharedScope, note.topic as NoteTopic);
}
