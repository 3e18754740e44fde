import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function read(manager: Y.UndoManager): UndoState {
  return { canUndo: manager.canUndo(), canRedo: manager.canRedo() };
}

/** Whether undo and redo have anything to do, for enabling the buttons. */
export function useUndoState(manager: Y.UndoManager): UndoState {
  const [state, setState] = useState(() => read(manager));
  useEffect(() => {
    const refresh = () =>
      setState((current) => {
        const next = read(manager);
        return next.canUndo === current.canUndo && next.canRedo === current.canRedo ? current : next;
      });
    refresh();
    manager.on('stack-item-added', refresh);
    manager.on('stack-item-popped', refresh);
    manager.on('stack-cleared', refresh);
    return () => {
      manager.off('stack-item-added', refresh);
      manager.off('stack-item-popped', refresh);
      manager.off('stack-cleared', refresh);
    };
  }, [manager]);
  return state;
}
