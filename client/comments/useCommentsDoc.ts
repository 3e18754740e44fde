import type * as Y from 'yjs';
import type { CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { commentsDocName } from '../../shared/docName';

/**
 * Opens the workspace's comments document for reading, with the normal collab session (so it
 * stays live, and readable offline from the device's copy). Null until it is open.
 */
export function useCommentsDoc(workspaceId: string, user: CollabUser): Y.Doc | null {
  return useCollabSession(commentsDocName(workspaceId), user)?.doc ?? null;
}
