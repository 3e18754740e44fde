import * as Y from 'yjs';
import { describePath } from '../../shared/history';
import { listSuggestions } from '../../shared/schema/suggestions';
import { conflict } from '../http/errors';

/**
 * A version freezes what the team agreed, so a plan with open suggestions cannot be proposed:
 * the refusal lists each one (whose, which field, the words) so the case manager can decide
 * them first.
 */
export function refuseOpenSuggestions(state: Uint8Array): void {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const open = listSuggestions(doc);
    if (open.length === 0) return;
    const listed = open
      .slice(0, 10)
      .map((view) => `${view.name} in ${describePath(view.path)}: “${view.text.length > 60 ? `${view.text.slice(0, 59)}…` : view.text}”`)
      .join('; ');
    const more = open.length > 10 ? ` and ${open.length - 10} more` : '';
    throw conflict(`Accept or reject the open suggestions before proposing a version (${open.length}): ${listed}${more}.`, 'open_suggestions', { count: open.length });
  } finally {
    doc.destroy();
  }
}
