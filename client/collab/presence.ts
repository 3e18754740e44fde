/** One person in the "who is here" list, read from an awareness state. */
export interface PresentPerson {
  /** Stable React key: the lowest awareness client id among this person's tabs. */
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly isSelf: boolean;
  /** How many tabs or devices this person has open on this plan. */
  readonly connections: number;
}

function readUser(state: unknown): { id: string | null; name: string; color: string } | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const user: unknown = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : '';
  const color = 'color' in user && typeof user.color === 'string' ? user.color : '';
  if (name === '' || !/^#[0-9a-fA-F]{6}$/.test(color)) return null;
  const id = 'id' in user && typeof user.id === 'string' && user.id !== '' ? user.id : null;
  return { id, name, color };
}

/**
 * Groups awareness states into people: the same account in two tabs is one person, not two.
 * Awareness data comes from other browsers, so every field is checked before use.
 */
export function peopleFromAwareness(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
): PresentPerson[] {
  const byName = new Map<string, { key: number; name: string; color: string; isSelf: boolean; connections: number }>();
  for (const [clientId, state] of states) {
    const user = readUser(state);
    if (!user) continue;
    // Signed-in people are told apart by account; a peer without one falls back to its name.
    const id = user.id ?? `name:${user.name.toLocaleLowerCase()}`;
    const existing = byName.get(id);
    if (existing) {
      existing.connections += 1;
      existing.key = Math.min(existing.key, clientId);
      existing.isSelf ||= clientId === selfClientId;
    } else {
      byName.set(id, { key: clientId, name: user.name, color: user.color, isSelf: clientId === selfClientId, connections: 1 });
    }
  }
  return [...byName.values()]
    .sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name))
    .map((person) => ({ ...person, key: String(person.key) }));
}
