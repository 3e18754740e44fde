import { useEffect, type RefObject } from 'react';
import type { SharedUndo } from './SharedUndo';

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y) for everything outside the rich-text editors,
 * which handle the same keys themselves with the same history. In the plain text fields the
 * browser's own undo is replaced: it knows nothing of colleagues' edits and would replay
 * stale text over theirs.
 */
export function useUndoShortcuts(root: RefObject<HTMLElement | null>, undo: SharedUndo, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      if (!(isApple ? event.metaKey : event.ctrlKey)) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !isApple);
      if (!isUndo && !isRedo) return;
      const target = event.target instanceof Element ? event.target : null;
      const inView = target === null || target === document.body || (root.current?.contains(target) ?? false);
      if (!inView || target?.closest('.ProseMirror')) return;
      event.preventDefault();
      if (isUndo) undo.undo();
      else undo.redo();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [root, undo, enabled]);
}
