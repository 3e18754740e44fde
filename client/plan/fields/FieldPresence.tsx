import type { ReactNode } from 'react';
import type { PersonInField } from '../../collab/fieldPresence';
import './FieldPresence.css';

const maxQuote = 40;

function tagText(person: PersonInField, value: string): string {
  if (!person.selection) return person.name;
  const words = value.slice(person.selection.from, person.selection.to);
  if (words.trim() === '') return person.name;
  const quote = words.length > maxQuote ? `${words.slice(0, maxQuote - 1)}…` : words;
  return `${person.name} selected “${quote}”`;
}

/**
 * Shows who else is in a plain field: a coloured outline and a name tag that sits above the
 * field's top edge, outside the text, so it never covers what anyone types. The tag names
 * their selection too, since a native field cannot paint someone else's highlight.
 */
export function FieldPresence({ others, value, children }: { others: readonly PersonInField[]; value: string; children: ReactNode }) {
  const first = others[0];
  return (
    <span
      className={first ? 'field-presence field-presence--on' : 'field-presence'}
      style={first ? { ['--presence-color' as string]: first.color } : undefined}
      data-present={first ? others.map((person) => person.name).join(', ') : undefined}
    >
      {children}
      {first && (
        // Hidden from screen readers: the presence list and the polite announcements say who is where.
        <span className="field-presence__tags" aria-hidden="true">
          {others.map((person) => (
            <span key={person.userId} className="field-presence__tag" style={{ backgroundColor: person.color }}>
              {tagText(person, value)}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
