import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { SharedUndo } from './SharedUndo';

/**
 * One undo history per open view, created after mount and ended on unmount. Creating it in
 * an effect (not during render) keeps StrictMode's mount-unmount-mount from ending the
 * history the view then goes on using.
 */
export function useSharedUndo(doc: Y.Doc, origin: unknown): SharedUndo | null {
  const [undo, setUndo] = useState<SharedUndo | null>(null);
  useEffect(() => {
    const next = new SharedUndo(doc, origin);
    setUndo(next);
    return () => {
      next.dispose();
      setUndo(null);
    };
  }, [doc, origin]);
  return undo;
}
