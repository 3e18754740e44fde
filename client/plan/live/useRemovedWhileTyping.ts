import { useCallback, useEffect, useState, type RefObject } from 'react';

/** What a person lost sight of: the item's name and the words in the field they were in. */
export interface RemovedWhileTyping {
  readonly place: string;
  readonly words: string;
}

interface Tracked {
  readonly field: HTMLElement;
  readonly itemId: string;
  place: string;
  words: string;
}

/**
 * Items a colleague may remove (a goal, a step, a decision, an agenda or action item) carry
 * these, so a field knows what it is in.
 */
export const liveItemAttributes = (id: string, name: string) => ({ 'data-live-item': id, 'data-live-item-name': name });

function textField(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text') || target.isContentEditable) return target;
  return null;
}

function wordsOf(field: HTMLElement): string {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : field.innerText;
}

/**
 * A colleague removing the goal (or step) someone is typing in takes the field from under
 * their caret: the words vanish, the focus drops to the page, and what they type next goes
 * nowhere, all without a word of explanation. This notices that moment (the field and its item
 * gone from the page, not by this person's own undo) and keeps the words they had
 * written, so the page can say what happened and offer them to copy. It reads the page, not the
 * document: an item's disappearing is what the person sees, whichever change caused it.
 */
export function useRemovedWhileTyping(root: RefObject<HTMLElement | null>): [RemovedWhileTyping | null, () => void] {
  const [removed, setRemoved] = useState<RemovedWhileTyping | null>(null);

  useEffect(() => {
    const rootElement = root.current;
    if (!rootElement) return;
    let tracked: Tracked | null = null;
    // Undo or redo pressed in the field: taking back one's own new goal is no surprise.
    let ownUndo = false;

    const track = (event: Event) => {
      const field = textField(event.target);
      const item = field?.closest<HTMLElement>('[data-live-item]');
      if (!field || !item) {
        tracked = null;
        return;
      }
      tracked = { field, itemId: item.dataset.liveItem ?? '', place: item.dataset.liveItemName ?? '', words: wordsOf(field) };
    };
    // Focus that leaves for another place ends the watch; a field taken out of the page may
    // also report a blur, with no place it went to.
    const handleFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget !== null) tracked = null;
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) ownUndo = true;
    };
    // Runs once React has shown a change, whoever made it.
    const handleMutations = (mutations: MutationRecord[]) => {
      const undoing = ownUndo;
      ownUndo = false;
      if (!tracked) return;
      const { field } = tracked;
      if (field.isConnected) {
        // Names follow the order ("goal 2" moved up is "goal 1"); colleagues' words arrive too
        // (read only when the field itself changed: reading text costs a layout).
        tracked.place = field.closest<HTMLElement>('[data-live-item]')?.dataset.liveItemName ?? tracked.place;
        if (mutations.some((mutation) => field.contains(mutation.target))) tracked.words = wordsOf(field);
        return;
      }
      const lost = tracked;
      tracked = null;
      // A field redrawn in place (its item still here) lost nothing.
      if (undoing || rootElement.querySelector(`[data-live-item="${CSS.escape(lost.itemId)}"]`)) return;
      setRemoved({ place: lost.place, words: lost.words.trim() });
    };

    const observer = new MutationObserver(handleMutations);
    observer.observe(rootElement, { childList: true, subtree: true, characterData: true });
    rootElement.addEventListener('focusin', track);
    rootElement.addEventListener('input', track);
    rootElement.addEventListener('focusout', handleFocusOut);
    // Capturing: the editors undo inside their own keydown listener, and the page changes
    // (and is observed) before the event would bubble up here.
    rootElement.addEventListener('keydown', handleKeyDown, true);
    return () => {
      observer.disconnect();
      rootElement.removeEventListener('focusin', track);
      rootElement.removeEventListener('input', track);
      rootElement.removeEventListener('focusout', handleFocusOut);
      rootElement.removeEventListener('keydown', handleKeyDown, true);
    };
  }, [root]);

  const dismiss = useCallback(() => setRemoved(null), []);
  return [removed, dismiss];
}
