/**
 * The person's display name, kept in this browser until accounts exist. Everything that needs
 * "who am I" goes through this module and useDisplayName, so swapping in a signed-in identity
 * later touches only these two files.
 */
const storageKey = 'bridgeplan.displayName';
const changeEvent = 'bridgeplan:display-name';
export const maxDisplayNameLength = 60;

export type DisplayNameResult = { ok: true; name: string } | { ok: false; problem: string };

export function parseDisplayName(raw: string): DisplayNameResult {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, problem: 'Please enter the name your team knows you by.' };
  if (name.length > maxDisplayNameLength) {
    return { ok: false, problem: `Please keep your name under ${maxDisplayNameLength} characters.` };
  }
  return { ok: true, name };
}

export function readDisplayName(): string | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (stored === null) return null;
    const parsed = parseDisplayName(stored);
    return parsed.ok ? parsed.name : null;
  } catch {
    // Storage can be blocked (private modes, strict settings); then we simply ask each visit.
    return null;
  }
}

export function saveDisplayName(name: string): void {
  try {
    window.localStorage.setItem(storageKey, name);
  } catch {
    // Not remembered across visits, but this page still works with the name in memory.
    memoryFallback = name;
  }
  window.dispatchEvent(new Event(changeEvent));
}

let memoryFallback: string | null = null;

export function currentDisplayName(): string | null {
  return readDisplayName() ?? memoryFallback;
}

export function subscribeToDisplayName(onChange: () => void): () => void {
  // `storage` covers other tabs; our own event covers this one.
  window.addEventListener('storage', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}
