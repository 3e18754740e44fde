import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { peopleFromAwareness, type PresentPerson } from './presence';

function samePeople(a: PresentPerson[], b: PresentPerson[]): boolean {
  return a.length === b.length && a.every((person, i) => {
    const other = b[i];
    return other !== undefined && person.key === other.key && person.name === other.name &&
      person.color === other.color && person.connections === other.connections;
  });
}

/** The people on this plan right now, updated live from the provider's awareness. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>(() =>
    peopleFromAwareness(awareness.getStates(), awareness.clientID),
  );

  useEffect(() => {
    const handleChange = () => {
      const next = peopleFromAwareness(awareness.getStates(), awareness.clientID);
      // Awareness also fires for caret moves; re-render only when the list itself changed.
      setPeople((current) => (samePeople(current, next) ? current : next));
    };
    handleChange();
    awareness.on('change', handleChange);
    return () => awareness.off('change', handleChange);
  }, [awareness]);

  return people;
}
