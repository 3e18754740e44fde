import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

const colorPattern = /^#[0-9a-fA-F]{6}$/;

function ownColor(awareness: Awareness): string | null {
  const user = (awareness.getLocalState() as { user?: { color?: unknown } } | null)?.user;
  return typeof user?.color === 'string' && colorPattern.test(user.color) ? user.color : null;
}

/**
 * The colour the others see this person in now. It starts as the one their name gives and
 * moves when someone who came earlier has the same (keepColorDistinct.ts), so whatever this
 * person marks (their suggestions) takes the colour their caret and name tag show, not the
 * one they had when the page opened.
 */
export function useOwnPresenceColor(awareness: Awareness, fallback: string): string {
  const [color, setColor] = useState(() => ownColor(awareness) ?? fallback);
  useEffect(() => {
    const update = () => setColor(ownColor(awareness) ?? fallback);
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, fallback]);
  return color;
}
