import { Redo2, Undo2 } from 'lucide-react';
import type { SharedUndo } from './SharedUndo';
import { useUndoState } from './useUndoState';
import './UndoButtons.css';

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const mod = isApple ? '⌘' : 'Ctrl+';

/** Undo and redo of this person's own changes (never a colleague's). */
export function UndoButtons({ undo }: { undo: SharedUndo }) {
  const { canUndo, canRedo } = useUndoState(undo.manager);
  return (
    <div className="undo-buttons" role="group" aria-label="Undo your changes">
      <button
        type="button"
        className="button button--quiet undo-buttons__button"
        aria-disabled={!canUndo || undefined}
        aria-label="Undo"
        aria-keyshortcuts={isApple ? 'Meta+Z' : 'Control+Z'}
        title={`Undo your last change (${mod}Z)`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => canUndo && undo.undo()}
      >
        <Undo2 size={18} aria-hidden="true" />
        <span className="undo-buttons__text">Undo</span>
      </button>
      <button
        type="button"
        className="button button--quiet undo-buttons__button"
        aria-disabled={!canRedo || undefined}
        aria-label="Redo"
        aria-keyshortcuts={isApple ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
        title={`Redo (${mod}Shift+Z)`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => canRedo && undo.redo()}
      >
        <Redo2 size={18} aria-hidden="true" />
        <span className="undo-buttons__text">Redo</span>
      </button>
    </div>
  );
}
