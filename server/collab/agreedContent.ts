import * as Y from 'yjs';
import { typedRoots } from '../../shared/schema/docPaths';
import { planMetaKeys, planRoots } from '../../shared/schema/planRoots';
import { suggestionsRoot } from '../../shared/schema/suggestions';
import { aliveNow, fieldText } from '../../shared/schema/fieldText';

/** Deeper than the plan schema nests; anything further is summarised, not walked. */
const maxDepth = 12;

/**
 * The plan as the team has agreed it, as one string: every root but the suggestion records,
 * with rich text read as its agreed words (proposed insertions left out, words proposed for
 * removal kept). Two documents with the same agreed content differ only in suggestions.
 *
 * Rich text is compared by its words alone, without paragraph breaks or formatting: pressing
 * Enter while suggesting splits a paragraph, which proposes no wording and must not count as
 * a direct edit. The schema version is written by any client opening an old plan, so it is
 * left out too.
 */
export function agreedContent(doc: Y.Doc): string {
  const parts: string[] = [];
  for (const [name, root] of typedRoots(doc)) {
    if (name === suggestionsRoot) continue;
    const described = describe(root, 0, name === planRoots.meta);
    // An empty root is the same as none: a copy made from an update does not have it at all.
    if (described !== '""' && described !== '{}') parts.push(`${JSON.stringify(name)}:${described}`);
  }
  return parts.sort().join(',');
}

function describe(value: unknown, depth: number, isMeta = false): string {
  if (depth > maxDepth) return '…';
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlText) return JSON.stringify(fieldText(value, aliveNow).replace(/\n/g, ''));
  if (value instanceof Y.Text) return JSON.stringify(value.toString());
  if (value instanceof Y.Map) {
    const entries: string[] = [];
    for (const [key, entry] of (value as Y.Map<unknown>).entries()) {
      if (isMeta && key === planMetaKeys.schemaVersion) continue;
      entries.push(`${JSON.stringify(key)}:${describe(entry, depth + 1)}`);
    }
    return `{${entries.sort().join(',')}}`;
  }
  if (value instanceof Y.Array) return `[${(value as Y.Array<unknown>).toArray().map((entry) => describe(entry, depth + 1)).join(',')}]`;
  if (value instanceof Y.AbstractType) return '?';
  return JSON.stringify(value) ?? 'undefined';
}
