import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { PersonInField } from '../../collab/fieldPresence';
import { useLiveDoc } from '../live/LiveDocContext';

function readCursorHead(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || !('cursor' in state)) return null;
  const cursor: unknown = state.cursor;
  return typeof cursor === 'object' && cursor !== null && 'head' in cursor ? cursor.head : null;
}

function readUser(state: unknown): { id: string; name: string; color: string } | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const user: unknown = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : '';
  const color = 'color' in user && typeof user.color === 'string' ? user.color : '';
  const id = 'id' in user && typeof user.id === 'string' ? user.id : name;
  return name !== '' && /^#[0-9a-fA-F]{6}$/.test(color) ? { id, name, color } : null;
}

/** Whether a relative position (as the caret extension publishes it) points into `fragment`. */
function isInside(head: unknown, fragment: Y.XmlFragment): boolean {
  const doc = fragment.doc;
  if (!doc || head === null) return false;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(head), doc);
    let type: Y.AbstractType<unknown> | null = absolute?.type ?? null;
    while (type) {
      if (Object.is(type, fragment)) return true;
      type = type._item?.parent instanceof Y.AbstractType ? type._item.parent : null;
    }
  } catch {
    // A malformed position from another browser: not in this field.
  }
  return false;
}

/** The other people whose caret is in this rich-text field, for the name tags above it. */
export function useRichFieldPresence(fragment: Y.XmlFragment | null): PersonInField[] {
  const { provider, caretUser } = useLiveDoc();
  const awareness = provider.awareness;
  const [others, setOthers] = useState<PersonInField[]>([]);
  useEffect(() => {
    if (!fragment) return;
    const update = () => {
      const people = new Map<string, PersonInField>();
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const user = readUser(state);
        if (!user || user.id === caretUser.id || people.has(user.id) || !isInside(readCursorHead(state), fragment)) continue;
        people.set(user.id, { clientId, userId: user.id, name: user.name, color: user.color, selection: null });
      }
      const next = [...people.values()];
      setOthers((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, fragment, caretUser.id]);
  return others;
}
