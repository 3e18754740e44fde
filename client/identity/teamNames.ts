import { createContext, useCallback, useContext } from 'react';
import type { Author } from '../../shared/schema';

/** The team as the server knows it: user id → display name. */
export const TeamNamesContext = createContext<ReadonlyMap<string, string> | null>(null);

/** Shown for someone who wrote something but is no longer on the team. */
export const formerMemberName = 'a former team member';

/**
 * The name to show for a contribution's author: the one the server knows for that person
 * (the team list), never the name written into the document with it, which a modified client
 * could have chosen. Outside a workspace (no team list) the recorded name is all there is.
 */
export function useAuthorName(): (author: Pick<Author, 'userId' | 'name'>) => string {
  const names = useContext(TeamNamesContext);
  return useCallback((author) => (names ? (names.get(author.userId) ?? formerMemberName) : author.name), [names]);
}
