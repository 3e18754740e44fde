import { consentSharesNote, type NoteTopic } from '../../shared/consentScope';
import { roleDefinitions, type Role, type Setting } from '../../shared/roles';
import type { NoteAudience } from '../../shared/scheduleApi';
import type { Services } from '../services';
import type { StoredNote } from './SessionNoteRepository';

/**
 * Who may read a session note. School and home notes are part of the team's record. A clinic
 * therapist's note reaches school members only within the consent the parent gave for that
 * therapist (read at each request, so withdrawing consent hides the notes at once); outside
 * it the note stays with the clinic and the family. A consent with ticked boxes shares notes
 * only when "session notes" is ticked; one given as words only is read from its words, narrowly.
 */
export async function noteVisibleTo(services: Services, workspaceId: string, note: StoredNote, reader: { userId: string; role: Role }): Promise<boolean> {
  if (note.authorId === reader.userId || note.authorSetting !== 'clinic') return true;
  if (roleDefinitions[reader.role].setting !== 'school') return true;
  return (await noteAudience(services, workspaceId, note.authorId, note.authorSetting, note.topic)) === 'team';
}

/**
 * Who reads a note by this author on this topic: the whole team, or, for a clinic note the
 * parent's active consent does not share, only the clinic and the family.
 */
export async function noteAudience(services: Services, workspaceId: string, authorId: string, authorSetting: Setting, topic: string): Promise<NoteAudience> {
  if (authorSetting !== 'clinic') return 'team';
  const consentId = (await services.workspaces.membership(workspaceId, authorId))?.consentId ?? null;
  const consent = consentId ? await services.consents.findById(consentId) : null;
  if (!consent || consent.revokedAt !== null || consent.workspaceId !== workspaceId) return 'clinic_and_family';
  return consentSharesNote(consent, topic as NoteTopic) ? 'team' : 'clinic_and_family';
}
