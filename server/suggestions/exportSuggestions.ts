import * as Y from 'yjs';
import { planDoc, type PlanSnapshot } from '../../shared/schema';
import { typeAtPath, visitFields } from '../../shared/schema/docPaths';
import { readShortValue, shortValueAt, writeShortValue } from '../../shared/schema/shortValueSuggestions';
import { listSuggestions, markedRuns } from '../../shared/schema/suggestions';
import { decideMany } from '../../shared/schema/suggestionsApply';
import { replaceText } from '../../shared/schema/writer';
import { badRequest } from '../http/errors';

export type SuggestionsInExport = 'show' | 'hide';

export function readSuggestionsOption(value: string | undefined): SuggestionsInExport {
  if (value === undefined || value === 'show') return 'show';
  if (value === 'hide') return 'hide';
  throw badRequest('Suggestions can be shown or hidden: suggestions=show or suggestions=hide.', 'invalid_suggestions');
}

/**
 * The draft as an export shows it. Hidden: as if every open suggestion were rejected (the
 * words the team has agreed so far). Shown: proposed words in [+ … +] and words proposed
 * for removal in [− … −], each followed by who suggested it, so a printed draft is honest in
 * every format without each renderer knowing about suggestions. Changes `doc`: pass a
 * private copy (a document loaded for this export), never a room's.
 */
export function draftForExport(doc: Y.Doc, mode: SuggestionsInExport): PlanSnapshot {
  if (listSuggestions(doc).length === 0) return planDoc(doc).snapshot();
  if (mode === 'hide') {
    decideMany(doc, () => true, 'reject');
    return planDoc(doc).snapshot();
  }
  // Plain-field records only: a rewording in rich text is marked runs, shown run by run below.
  const plain = listSuggestions(doc).filter((view) => view.kind === 'replace' && !(typeAtPath(doc, view.path) instanceof Y.XmlFragment));
  visitFields(doc, (_path, field) => {
    if (!(field instanceof Y.XmlFragment)) return;
    const runs = markedRuns(field).reverse();
    for (const run of runs) {
      const [open, close] = run.kind === 'insert' ? ['[+ ', ` +] (suggested by ${run.attrs.name})`] : ['[− ', ` −] (removal suggested by ${run.attrs.name})`];
      run.text.format(run.index, run.length, { [run.key]: null });
      run.text.insert(run.index + run.length, close);
      run.text.insert(run.index, open);
    }
  });
  for (const view of plain) {
    const target = typeAtPath(doc, view.path);
    const shown = (current: string) => `${current} [suggested by ${view.name}: ${view.text}]`;
    if (target instanceof Y.Text) replaceText(target, shown(target.toString()));
    const shortValue = shortValueAt(doc, view.path);
    if (shortValue) writeShortValue(shortValue, shown(readShortValue(shortValue)));
  }
  return planDoc(doc).snapshot();
}
