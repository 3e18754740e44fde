import * as Y from 'yjs';
import { roleDefinitions } from '../../shared/roles';
import { newId } from '../../shared/schema';
import type { ShortValuePlace } from '../../shared/schema/shortValueSuggestions';
import { createPlainSuggestion, suggestionMarks, type SuggestionMarkAttrs } from '../../shared/schema/suggestions';
import type { SeededTeam } from './seed';

/**
 * Writes suggestions the way the browser's editor stores them (marks become Yjs formatting
 * attributes on the paragraph's text), for tests that use stock Node clients.
 */
export function markAttrs(team: SeededTeam, name: string, id = newId()): SuggestionMarkAttrs {
  const member = team.members[name]!;
  return { id, userId: member.userId, name, role: member.role, color: '#1f6f8b', at: new Date().toISOString() };
}

export function paragraphText(fragment: Y.XmlFragment, index = 0): Y.XmlText {
  const paragraph = fragment.get(index);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('no paragraph there');
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('no text in that paragraph');
  return text;
}

export function suggestInsert(text: Y.XmlText, index: number, words: string, attrs: SuggestionMarkAttrs): void {
  text.insert(index, words, { [suggestionMarks.insert]: { ...attrs } });
}

export function suggestDelete(text: Y.XmlText, index: number, length: number, attrs: SuggestionMarkAttrs): void {
  text.format(index, length, { [suggestionMarks.delete]: { ...attrs } });
}

/** A plain-field suggestion by `name`, proposing `proposed` as the field's new text. */
export function suggestReplacement(team: SeededTeam, name: string, field: Y.Text | ShortValuePlace, proposed: string): string {
  const member = team.members[name]!;
  const id = newId();
  const text = createPlainSuggestion(
    { id, author: { userId: member.userId, name, role: member.role, setting: roleDefinitions[member.role].setting }, color: '#7a4fb0', at: new Date().toISOString(), field },
    'test',
  );
  if (!text) throw new Error('field is not addressable');
  text.doc!.transact(() => {
    text.delete(0, text.length);
    text.insert(0, proposed);
  }, 'test');
  return id;
}

/** Plain text of a fragment's paragraphs with the suggestion marks shown: [+ins+] and [-del-]. */
export function showMarks(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((block) => {
      if (!(block instanceof Y.XmlElement)) return '';
      return block
        .toArray()
        .map((child) => {
          if (!(child instanceof Y.XmlText)) return '';
          return (child.toDelta() as { insert: string; attributes?: Record<string, unknown> }[])
            .map((op) => {
              const attributes = op.attributes ?? {};
              if (attributes[suggestionMarks.insert]) return `[+${op.insert}+]`;
              if (attributes[suggestionMarks.delete]) return `[-${op.insert}-]`;
              return op.insert;
            })
            .join('');
        })
        .join('');
    })
    .join('\n');
}
