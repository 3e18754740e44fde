import { Redo2, Undo2 } from 'lucide-react';
import type { SharedUndo } from './SharedUndo';
import { useUndoState } from './useUndoState';
import './UndoButtons.css';
import { useTranslation } from 'react-i18next';

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const mod = isApple ? '⌘' : 'Ctrl+';

/** Undo and redo of this person's own changes (never a colleague's). */
export function UndoButtons({ undo }: { undo: SharedUndo }) {
  const { canUndo, canRedo } = useUndoState(undo.manager);
  const { t } = useTranslation();
  return (
    <div className="undo-buttons" role="group" aria-label={t('planEdit.undoYours')}>
      <button
        type="button"
        className="button button--quiet undo-buttons__button"
        aria-disabled={!canUndo || undefined}
        aria-label={t('planEdit.undo')}
        aria-keyshortcuts={isApple ? 'Meta+Z' : 'Control+Z'}
        title={t('planEdit.undoTitle', { keys: `${mod}Z` })}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => canUndo && undo.undo()}
      >
        <Undo2 size={18} aria-hidden="true" />
        <span className="undo-buttons__text">{t('planEdit.undo')}</span>
      </button>
      <button
        type="button"
        className="button button--quiet undo-buttons__button"
        aria-disabled={!canRedo || undefined}
        aria-label={t('planEdit.redo')}
        aria-keyshortcuts={isApple ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
        title={t('planEdit.redoTitle', { keys: `${mod}Shift+Z` })}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => canRedo && undo.redo()}
      >
        <Redo2 size={18} aria-hidden="true" />
        <span className="undo-buttons__text">{t('planEdit.redo')}</span>
      </button>
    </div>
  );
}
