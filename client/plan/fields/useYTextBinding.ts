import { useEffect, type RefObject } from 'react';
import type * as Y from 'yjs';
import { changeAtCaret, mapThroughDelta } from './textDiff';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Binds a plain <input> or <textarea> to a Y.Text, both ways. The control is uncontrolled:
 * React never writes its value, so a colleague's keystroke arriving mid-word replaces the text
 * and puts your caret back where it was (moved by their change), instead of jumping to the end.
 * Local typing is written as the one small change around the caret, so two people typing in
 * the same sentence both keep their words.
 */
export function useYTextBinding(control: RefObject<TextControl | null>, text: Y.Text | null, origin: unknown): void {
  useEffect(() => {
    const element = control.current;
    if (!element || !text) return;
    let composing = false;

    const showText = (delta: Y.YTextEvent['delta'] | null) => {
      const next = text.toString();
      if (element.value === next) return;
      const focused = document.activeElement === element;
      const start = element.selectionStart ?? 0;
      const end = element.selectionEnd ?? 0;
      element.value = next;
      if (focused && delta) element.setSelectionRange(mapThroughDelta(start, delta), mapThroughDelta(end, delta));
    };

    const writeLocal = () => {
      const change = changeAtCaret(text.toString(), element.value, element.selectionEnd ?? element.value.length);
      if (!change) return;
      const apply = () => {
        if (change.remove > 0) text.delete(change.index, change.remove);
        if (change.insert !== '') text.insert(change.index, change.insert);
      };
      if (text.doc) text.doc.transact(apply, origin);
      else apply();
    };

    const handleInput = () => {
      // Mid-composition (an IME building a character) the value is provisional.
      if (!composing) writeLocal();
    };
    const handleCompositionStart = () => {
      composing = true;
    };
    const handleCompositionEnd = () => {
      composing = false;
      writeLocal();
      showText(null);
    };
    const handleChange = (event: Y.YTextEvent) => {
      // Our own write already matches the control; changes made during an IME composition
      // are shown when it ends, so the half-built character is not torn apart.
      if (composing) return;
      showText(event.delta);
    };

    showText(null);
    element.addEventListener('input', handleInput);
    element.addEventListener('compositionstart', handleCompositionStart);
    element.addEventListener('compositionend', handleCompositionEnd);
    text.observe(handleChange);
    return () => {
      element.removeEventListener('input', handleInput);
      element.removeEventListener('compositionstart', handleCompositionStart);
      element.removeEventListener('compositionend', handleCompositionEnd);
      text.unobserve(handleChange);
    };
  }, [control, text, origin]);
}
