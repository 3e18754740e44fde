import { useCallback, useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readDiscussing, setDiscussing, type SectionId } from '../../../shared/schema';

/** Who is pointing the room where. */
export interface Pointer {
  readonly clientId: number;
  readonly name: string;
  readonly section: SectionId;
  readonly isSelf: boolean;
}

interface Seen {
  readonly section: SectionId;
  /** When this browser first saw this pointer: the newest pointer is the one the room follows. */
  readonly since: number;
}

function nameOf(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('user' in state)) return 'Someone';
  const user: unknown = state.user;
  if (typeof user !== 'object' || user === null || !('name' in user)) return 'Someone';
  return typeof user.name === 'string' && user.name.trim() !== '' ? user.name.trim() : 'Someone';
}

/**
 * "Now discussing" from everyone's awareness. When two people point at once, the latest one
 * wins on each screen (awareness carries no shared clock; arrival order is close enough for a
 * room where people take turns).
 */
export function useDiscussing(awareness: Awareness): { current: Pointer | null; point: (section: SectionId | null) => void } {
  const seen = useRef(new Map<number, Seen>());
  const counter = useRef(0);
  const [current, setCurrent] = useState<Pointer | null>(null);

  useEffect(() => {
    const handleChange = () => {
      const states = awareness.getStates();
      for (const clientId of seen.current.keys()) if (!states.has(clientId)) seen.current.delete(clientId);
      let latest: { clientId: number; since: number } | null = null;
      for (const [clientId, state] of states) {
        const discussing = readDiscussing(state);
        if (!discussing) {
          seen.current.delete(clientId);
          continue;
        }
        const previous = seen.current.get(clientId);
        const entry = previous?.section === discussing.section ? previous : { section: discussing.section, since: (counter.current += 1) };
        seen.current.set(clientId, entry);
        if (!latest || entry.since > latest.since) latest = { clientId, since: entry.since };
      }
      const found = latest ? seen.current.get(latest.clientId) : undefined;
      const next: Pointer | null =
        latest && found
          ? { clientId: latest.clientId, name: nameOf(states.get(latest.clientId)), section: found.section, isSelf: latest.clientId === awareness.clientID }
          : null;
      setCurrent((previous) =>
        previous?.clientId === next?.clientId && previous?.section === next?.section && previous?.name === next?.name ? previous : next,
      );
    };
    handleChange();
    awareness.on('change', handleChange);
    return () => awareness.off('change', handleChange);
  }, [awareness]);

  // Pointing is presence: leaving the plan takes the pointer away with you.
  useEffect(() => () => setDiscussing(awareness, null), [awareness]);

  const point = useCallback((section: SectionId | null) => setDiscussing(awareness, section ? { section } : null), [awareness]);
  return { current, point };
}
