import type { PresentPerson } from '../collab/presence';
import { initialsOf } from '../identity/initials';
import './PresenceList.css';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

interface PresenceListProps {
  people: PresentPerson[];
  /**
   * Without a live connection nobody else's presence arrives, so the list would read "only
   * you" while the team is still in the meeting: it says instead that it cannot see them.
   */
  unseen?: 'offline' | 'not-connected' | 'connecting' | null;
}

/** Coloured initials, the way the team recognises each other in the room. */
const maxVisible = 5;

export function PresenceList({ people: everyone, unseen = null }: PresenceListProps) {
  const { t } = useTranslation();
  // Whoever else is listed is what was last heard, not who is here: only this person is known.
  const people = unseen ? everyone.filter((person) => person.isSelf) : everyone;
  const visible = people.slice(0, maxVisible);
  const hidden = people.slice(maxVisible);
  const summary = unseen === 'offline'
    ? t('presence.offline')
    : unseen === 'not-connected'
      ? t('presence.notConnected')
      : unseen === 'connecting'
        ? t('presence.connecting')
        : people.length === 1 ? t('presence.onlyYou') : t('presence.here', { count: people.length });

  return (
    <section className="presence" aria-label={t('presence.who')} data-unseen={unseen ?? undefined}>
      <ul className="presence__list" data-testid="presence" aria-label={summary}>
        {visible.map((person) => (
          <li
            key={person.key}
            className="presence__person"
            data-testid="presence-person"
            data-self={person.isSelf || undefined}
            data-name={describe(person, t)}
          >
            {/* Initials come from CSS so the item's text is just the name, for every reader. */}
            <span
              className="presence__chip"
              style={{ backgroundColor: person.color }}
              data-initials={initialsOf(person.name)}
              aria-hidden="true"
            />
            <span className="visually-hidden">{describe(person, t)}</span>
          </li>
        ))}
        {hidden.map((person) => (
          // Still listed for screen readers and tests; folded into "+N" on screen.
          <li key={person.key} className="visually-hidden" data-testid="presence-person">
            {describe(person, t)}
          </li>
        ))}
        {hidden.length > 0 && (
          <li className="presence__more" aria-hidden="true" title={hidden.map((person) => describe(person, t)).join(', ')}>
            +{hidden.length}
          </li>
        )}
      </ul>
      <span className="presence__summary" data-testid="presence-summary" aria-hidden="true">{summary}</span>
    </section>
  );
}

function describe(person: PresentPerson, t: TFunction): string {
  return person.isSelf ? t('presence.self', { name: person.name }) : person.name;
}
