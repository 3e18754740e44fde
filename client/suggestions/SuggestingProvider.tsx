import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useRefreshWhileVisible } from '../api/useRefreshWhileVisible';
import { useOwnPresenceColor } from '../collab/useOwnPresenceColor';
import type { Author } from '../../shared/schema';
import { defaultSuggestionModes, type SuggestionMode } from '../../shared/suggestionModes';
import { LiveDocContext, useLiveDoc, type LiveDoc } from '../plan/live/LiveDocContext';
import { SuggestingContext, type Suggesting } from './SuggestingContext';
import { loadSuggestionModes } from './suggestionsApi';

interface Props {
  readonly workspaceId: string;
  readonly author: Author;
  readonly color: string;
  readonly children: ReactNode;
}

/**
 * Starts in the mode the case manager chose for this person's role. A role set to suggest is
 * held to it (the server refuses its direct edits), so its text fields take suggestions and
 * every other control is read-only; anyone else may switch.
 */
export function SuggestingProvider({ workspaceId, author, color: nameColor, children }: Props) {
  const outer = useLiveDoc();
  const color = useOwnPresenceColor(outer.provider.awareness, nameColor);
  const [roleMode, setRoleMode] = useState<SuggestionMode>(defaultSuggestionModes[author.role]);
  const [chosen, setChosen] = useState(defaultSuggestionModes[author.role] === 'suggest');
  useEffect(() => {
    let cancelled = false;
    loadSuggestionModes(workspaceId)
      .then((modes) => {
        if (cancelled) return;
        setRoleMode(modes[author.role]);
        setChosen(modes[author.role] === 'suggest');
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [workspaceId, author.role]);
  // The case manager may change a role's mode while this plan is open: follow it soon, so the
  // controls turn read-only before an edit the room would refuse.
  const followModes = useCallback(() => {
    loadSuggestionModes(workspaceId)
      .then((modes) => setRoleMode(modes[author.role]))
      .catch(() => undefined);
  }, [workspaceId, author.role]);
  useRefreshWhileVisible(followModes, 30_000);
  // The server closes a member's socket when their role's mode changes; read it again on reconnect.
  useEffect(() => {
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') followModes();
    };
    outer.provider.on('status', onStatus);
    return () => outer.provider.off('status', onStatus);
  }, [outer.provider, followModes]);
  const locked = outer.canEdit && author.role !== 'case_manager' && roleMode === 'suggest';
  const suggesting = locked || chosen;
  const value = useMemo<Suggesting>(
    () => ({
      workspaceId,
      suggesting,
      setSuggesting: (on: boolean) => setChosen(on),
      locked,
      isManager: author.role === 'case_manager',
      me: { userId: author.userId, name: author.name, role: author.role, color },
    }),
    [workspaceId, suggesting, locked, author.role, author.userId, author.name, color],
  );
  const live = useMemo<LiveDoc>(() => (locked ? { ...outer, canEdit: false, suggestOnly: true } : outer), [outer, locked]);
  return (
    <SuggestingContext.Provider value={value}>
      <LiveDocContext.Provider value={live}>{children}</LiveDocContext.Provider>
    </SuggestingContext.Provider>
  );
}
