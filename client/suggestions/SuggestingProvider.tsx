import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Author } from '../../shared/schema';
import { defaultSuggestionModes } from '../../shared/suggestionModes';
import { SuggestingContext, type Suggesting } from './SuggestingContext';
import { loadSuggestionModes } from './suggestionsApi';

interface Props {
  readonly workspaceId: string;
  readonly author: Author;
  readonly color: string;
  readonly children: ReactNode;
}

/** Starts in the mode the case manager chose for this person's role; the person may switch. */
export function SuggestingProvider({ workspaceId, author, color, children }: Props) {
  const [suggesting, setSuggesting] = useState(defaultSuggestionModes[author.role] === 'suggest');
  useEffect(() => {
    let cancelled = false;
    loadSuggestionModes(workspaceId)
      .then((modes) => {
        if (!cancelled) setSuggesting(modes[author.role] === 'suggest');
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [workspaceId, author.role]);
  const value = useMemo<Suggesting>(
    () => ({
      workspaceId,
      suggesting,
      setSuggesting,
      isManager: author.role === 'case_manager',
      me: { userId: author.userId, name: author.name, role: author.role, color },
    }),
    [workspaceId, suggesting, author.role, author.userId, author.name, color],
  );
  return <SuggestingContext.Provider value={value}>{children}</SuggestingContext.Provider>;
}
