import * as Y from 'yjs';
import { visitFields, typeAtPath } from './docPaths';
import { listSuggestions, markedRuns, suggestionsRoot, type SuggestionView } from './suggestions';
import { shortValueAt, writeShortValue } from './shortValueSuggestions';
import { replaceText } from './writer';
import { applyProposal } from '../mergeText';

export type SuggestionDecision = 'accept' | 'reject';

/**
 * Accepting or rejecting one suggestion, written straight on the Y types (no editor needed,
 * so the server can do it after checking who asks):
 * - insertion accepted / deletion rejected: the mark is removed, the words stay;
 * - insertion rejected / deletion accepted: the marked words are deleted;
 * - plain field accepted: the proposal's changes to the words it started from are made to the
 *   field as it is now, so colleagues' words written since stay (mergeText.ts; a short value
 *   listed in shortValueSuggestions.ts is set whole); either way the record is removed.
 * Returns false when there is no such open suggestion. Call inside one transaction.
 */
export function decideSuggestion(doc: Y.Doc, id: string, decision: SuggestionDecision): boolean {
  const records = doc.share.has(suggestionsRoot) ? doc.getMap<unknown>(suggestionsRoot) : null;
  const record = records?.get(id);
  if (records && record instanceof Y.Map) {
    if (decision === 'accept') {
      const path = record.get('path');
      const proposed = record.get('text');
      const base = record.get('base');
      const target = Array.isArray(path) ? typeAtPath(doc, path as string[]) : null;
      const shortValue = Array.isArray(path) ? shortValueAt(doc, path as string[]) : null;
      if (proposed instanceof Y.Text) {
        if (target instanceof Y.Text && !(target instanceof Y.XmlText)) {
          replaceText(target, typeof base === 'string' ? applyProposal(base, proposed.toString(), target.toString()) : proposed.toString());
        } else if (shortValue) writeShortValue(shortValue, proposed.toString());
      }
    }
    records.delete(id);
    return true;
  }
  let found = false;
  visitFields(doc, (_path, field) => {
    if (!(field instanceof Y.XmlFragment)) return;
    // Last run first, so deleting one does not move the index of the next.
    for (const run of markedRuns(field).reverse()) {
      if (run.attrs.id !== id) continue;
      found = true;
      const removeWords = (run.kind === 'insert') === (decision === 'reject');
      if (removeWords) run.text.delete(run.index, run.length);
      else run.text.format(run.index, run.length, { [run.key]: null });
    }
  });
  return found;
}

/** Decides every open suggestion of one person (or the given ids); returns the ids decided. */
export function decideMany(doc: Y.Doc, pick: (view: SuggestionView) => boolean, decision: SuggestionDecision): string[] {
  const ids = listSuggestions(doc).filter(pick).map((view) => view.id);
  for (const id of ids) decideSuggestion(doc, id, decision);
  return ids;
}
