import { useEffect, useState, type RefObject } from 'react';
import * as Y from 'yjs';
import { othersInField, publishFieldFocus, type PersonInField } from '../../collab/fieldPresence';
import { announcePolitely } from '../../components/politeAnnouncer';
import { useLiveDoc } from '../live/LiveDocContext';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A Y.Text's id that every client computes alike: its item id, or its root name. */
export function textFieldId(text: Y.Text | null): string | null {
  if (!text) return null;
  const item = text._item;
  if (item) return `t:${item.id.client}:${item.id.clock}`;
  const doc = text.doc;
  if (!doc) return null;
  for (const [name, type] of doc.share) if (Object.is(type, text)) return `r:${name}`;
  return null;
}

function fieldLabel(element: Control): string {
  const labelled = element.labels?.[0]?.textContent?.trim();
  return element.getAttribute('aria-label') ?? (labelled || 'a field');
}

/**
 * Presence in a plain field: publishes this person's focus and selection in it, and returns
 * the others who are in it. With `text`, a colleague's change to it is announced politely
 * ("Dana Ortiz changed Baseline"), once they pause.
 */
export function useFieldPresence(control: RefObject<Control | null>, fieldId: string | null, text?: Y.Text | null): PersonInField[] {
  const { provider, caretUser } = useLiveDoc();
  const awareness = provider.awareness;
  const [others, setOthers] = useState<PersonInField[]>([]);

  useEffect(() => {
    const element = control.current;
    if (!element || !fieldId) return;
    let frame = 0;
    const publish = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (document.activeElement !== element) return;
        const a = element instanceof HTMLSelectElement ? undefined : (element.selectionStart ?? undefined);
        const b = element instanceof HTMLSelectElement ? undefined : (element.selectionEnd ?? undefined);
        publishFieldFocus(awareness, { id: fieldId, a, b });
      });
    };
    const leave = () => {
      cancelAnimationFrame(frame);
      const mine: unknown = awareness.getLocalState()?.field;
      if (typeof mine === 'object' && mine !== null && 'id' in mine && mine.id === fieldId) publishFieldFocus(awareness, null);
    };
    const events = ['focus', 'select', 'keyup', 'mouseup', 'input'] as const;
    for (const name of events) element.addEventListener(name, publish);
    element.addEventListener('blur', leave);
    if (document.activeElement === element) publish();
    return () => {
      for (const name of events) element.removeEventListener(name, publish);
      element.removeEventListener('blur', leave);
      leave();
    };
  }, [control, fieldId, awareness]);

  useEffect(() => {
    if (!fieldId) return;
    const update = () => {
      const next = othersInField(awareness, fieldId, caretUser.id);
      setOthers((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, fieldId, caretUser.id]);

  useEffect(() => {
    const element = control.current;
    if (!text || !element || !fieldId) return;
    const handle = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.local) return;
      const who = othersInField(awareness, fieldId, caretUser.id).map((person) => person.name);
      announcePolitely(fieldId, `${who.length > 0 ? who.join(' and ') : 'Someone'} changed ${fieldLabel(element)}`);
    };
    text.observe(handle);
    return () => text.unobserve(handle);
  }, [control, text, fieldId, awareness, caretUser.id]);

  return others;
}
