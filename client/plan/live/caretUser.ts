import type { Awareness } from 'y-protocols/awareness';
import type { Author } from '../../../shared/schema';
import { colorForName } from '../../identity/personColor';
import type { CaretUser } from './LiveDocContext';

/**
 * The person as the session already announced them (same colour in the presence list and in
 * every caret), or one derived from the author when the session has not announced anyone.
 */
export function caretUserFor(awareness: Awareness, author: Author): CaretUser {
  const state: unknown = awareness.getLocalState();
  if (typeof state === 'object' && state !== null && 'user' in state) {
    const user: unknown = state.user;
    if (typeof user === 'object' && user !== null && 'color' in user && 'name' in user) {
      const { color, name } = user;
      if (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) && typeof name === 'string' && name.trim() !== '') {
        return { id: author.userId, name, color };
      }
    }
  }
  return { id: author.userId, name: author.name, color: colorForName(author.name) };
}
