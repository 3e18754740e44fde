import type { Awareness } from 'y-protocols/awareness';
import { distinctColor, type ColorHolder } from '../identity/distinctColor';
import type { CollabUser } from './CollabSession';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isColor = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);

/** Other people's presence states as colour holders; my own other tabs are me, not a rival. */
function othersPresent(awareness: Awareness, myUserId: string): ColorHolder[] {
  const holders: ColorHolder[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID || !isRecord(state) || !isRecord(state.user)) continue;
    const { id, color } = state.user;
    if (id === myUserId || !isColor(color)) continue;
    // A peer that does not say when it came is taken to have been here first.
    const joinedAt = typeof state.joinedAt === 'number' && Number.isFinite(state.joinedAt) ? state.joinedAt : 0;
    holders.push({ color, joinedAt, clientId });
  }
  return holders;
}

/**
 * Keeps this person's colour (presence list, caret, field outlines) different from everyone
 * else's in the document: colours come from a name hash over ten colours, so two people present
 * can get the same one. Publishes when this session joined, and moves to a free colour when
 * someone who came earlier has the same one (distinctColor.ts). It also puts the colour back
 * when an editor announces the person with the colour their name gives (the caret extension
 * does so as each field opens). Returns the function that stops it.
 */
export function keepColorDistinct(awareness: Awareness, currentUser: () => CollabUser): () => void {
  const joinedAt = Date.now();
  let chosen = currentUser().color;
  const update = () => {
    const local = awareness.getLocalState();
    // Nothing to colour after leaving the page (the state is cleared) or before announcing.
    if (!local || !isRecord(local.user)) return;
    const user = currentUser();
    chosen = distinctColor(chosen, user.color, { joinedAt, clientId: awareness.clientID }, othersPresent(awareness, user.id));
    if (local.user.color !== chosen || local.joinedAt !== joinedAt) {
      awareness.setLocalState({ ...local, joinedAt, user: { ...local.user, color: chosen } });
    }
  };
  awareness.on('change', update);
  update();
  return () => awareness.off('change', update);
}
