import { useMemo } from 'react';
import type { UserView } from '../../shared/api';
import { roleDefinitions, type Role } from '../../shared/roles';
import type { Author } from '../../shared/schema';
import type { CollabUser } from '../collab/CollabSession';
import { colorForName } from '../identity/personColor';

/**
 * Who this person is in a shared document: their presence (name and caret colour) and, once
 * their role on the team is known, the author every contribution records (with its setting).
 */
export function useMemberIdentity(user: UserView, role: Role | null): { collabUser: CollabUser; author: Author | null } {
  const collabUser = useMemo(() => ({ id: user.id, name: user.displayName, color: colorForName(user.displayName) }), [user.id, user.displayName]);
  const author = useMemo<Author | null>(
    () => (role ? { userId: user.id, name: user.displayName, role, setting: roleDefinitions[role].setting } : null),
    [user.id, user.displayName, role],
  );
  return { collabUser, author };
}
