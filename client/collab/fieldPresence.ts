import type { Awareness } from 'y-protocols/awareness';

/**
 * Which plain field a person is in, carried in their awareness state as `field`: the field's
 * id and, when they select words, the selection's ends. Kept small (ids are capped) because
 * the server limits how large a presence state may be and sends each one to everyone.
 */
export interface FieldFocus {
  readonly id: string;
  /** Selection start and end (characters); equal or absent for a caret. */
  readonly a?: number;
  readonly b?: number;
}

export interface PersonInField {
  readonly clientId: number;
  readonly userId: string;
  readonly name: string;
  readonly color: string;
  readonly selection: { readonly from: number; readonly to: number } | null;
}

export const maxFieldIdLength = 80;

function readFocus(state: unknown): { focus: FieldFocus; userId: string; name: string; color: string } | null {
  if (typeof state !== 'object' || state === null || !('field' in state) || !('user' in state)) return null;
  const { field, user } = state as { field: unknown; user: unknown };
  if (typeof field !== 'object' || field === null || typeof user !== 'object' || user === null) return null;
  const id = 'id' in field && typeof field.id === 'string' ? field.id : '';
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : '';
  const color = 'color' in user && typeof user.color === 'string' ? user.color : '';
  const userId = 'id' in user && typeof user.id === 'string' ? user.id : name;
  if (id === '' || name === '' || !/^#[0-9a-fA-F]{6}$/.test(color)) return null;
  const a = 'a' in field && Number.isInteger(field.a) ? Number(field.a) : undefined;
  const b = 'b' in field && Number.isInteger(field.b) ? Number(field.b) : undefined;
  return { focus: { id, a, b }, userId, name, color };
}

/** The other people (one entry per person, not per tab) whose focus is in `fieldId`. */
export function othersInField(awareness: Awareness, fieldId: string, selfUserId: string): PersonInField[] {
  const people = new Map<string, PersonInField>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const read = readFocus(state);
    if (!read || read.focus.id !== fieldId || read.userId === selfUserId || people.has(read.userId)) continue;
    const { a, b } = read.focus;
    const selection = a !== undefined && b !== undefined && a !== b ? { from: Math.min(a, b), to: Math.max(a, b) } : null;
    people.set(read.userId, { clientId, userId: read.userId, name: read.name, color: read.color, selection });
  }
  return [...people.values()];
}

export function publishFieldFocus(awareness: Awareness, focus: FieldFocus | null): void {
  const current: unknown = awareness.getLocalState()?.field ?? null;
  const next = focus ? { id: focus.id.slice(0, maxFieldIdLength), ...(focus.a !== focus.b ? { a: focus.a, b: focus.b } : {}) } : null;
  if (JSON.stringify(current) === JSON.stringify(next)) return;
  awareness.setLocalStateField('field', next);
}
