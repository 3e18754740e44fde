import { useId, useState } from 'react';
import { sectionIds, type SectionId } from '../../../shared/schema';
import { goToSection, sectionElementId, sectionText } from '../sections/sectionText';
import './SectionOutline.css';

interface SectionOutlineProps {
  /** The section on screen now (highlighted as the current location). */
  readonly visible: SectionId | null;
  /** The section someone is pointing the room at. */
  readonly discussed: SectionId | null;
}

/** The plan's sections in the law's checklist order: a side list on wide screens. */
export function SectionOutline({ visible, discussed }: SectionOutlineProps) {
  return (
    <nav className="plan-outline" aria-label="Plan sections">
      <p className="plan-outline__title" aria-hidden="true">
        In this plan
      </p>
      <ol className="plan-outline__list">
        {sectionIds.map((section, index) => (
          <li key={section}>
            <a
              className="plan-outline__link"
              href={`#${sectionElementId(section)}`}
              aria-current={visible === section ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                goToSection(section, { focus: true });
              }}
            >
              <span className="plan-outline__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="plan-outline__label">
                {sectionText[section].title}
                {discussed === section && <span className="plan-outline__discussed">Now discussing</span>}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The same list as a compact jump menu for phones. */
export function SectionJump({ discussed }: { discussed: SectionId | null }) {
  const id = useId();
  const [target, setTarget] = useState<SectionId>(sectionIds[0]);
  return (
    <form
      className="plan-jump"
      aria-label="Jump to a section"
      onSubmit={(event) => {
        event.preventDefault();
        goToSection(target, { focus: true });
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        Section
      </label>
      <select
        id={id}
        className="text-input plan-jump__select"
        value={target}
        onChange={(event) => {
          const section = sectionIds.find((candidate) => candidate === event.target.value);
          if (section) setTarget(section);
        }}
      >
        {sectionIds.map((section, index) => (
          <option key={section} value={section}>
            {index + 1}. {sectionText[section].title}
            {discussed === section ? ' (now discussing)' : ''}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary plan-jump__go">
        Go
      </button>
    </form>
  );
}
