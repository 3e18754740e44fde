import { useId, useState } from 'react';
import { sectionIds, type SectionId } from '../../../shared/schema';
import { goToSection, sectionElementId, sectionText } from '../sections/sectionText';
import './SectionOutline.css';
import { useTranslation } from 'react-i18next';

interface SectionOutlineProps {
  /** The section on screen now (highlighted as the current location). */
  readonly visible: SectionId | null;
  /** The section someone is pointing the room at. */
  readonly discussed: SectionId | null;
}

/** Where the "Skip to the section list" link lands on wide screens. */
export const outlineElementId = 'plan-outline';
const jumpElementId = 'plan-jump';

/**
 * Moves the keyboard focus to the section list: the side outline where it shows, else the
 * phone's jump menu. The next Tab reaches the first section's entry.
 */
export function goToSectionList(): void {
  const outline = document.getElementById(outlineElementId);
  const target = outline && outline.getClientRects().length > 0 ? outline : document.getElementById(jumpElementId);
  target?.focus();
}

/** The plan's sections in the law's checklist order: a side list on wide screens. */
export function SectionOutline({ visible, discussed }: SectionOutlineProps) {
  const { t } = useTranslation();
  return (
    <nav id={outlineElementId} tabIndex={-1} className="plan-outline" aria-label={t('plan.outline.label')}>
      <p className="plan-outline__title" aria-hidden="true">
        {t('plan.outline.title')}
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
                {discussed === section && <span className="plan-outline__discussed">{t('plan.frame.discussing')}</span>}
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
  const { t } = useTranslation();
  return (
    <form
      id={jumpElementId}
      tabIndex={-1}
      className="plan-jump"
      aria-label={t('plan.outline.jump')}
      onSubmit={(event) => {
        event.preventDefault();
        goToSection(target, { focus: true });
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {t('plan.outline.section')}
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
            {discussed === section ? t('plan.outline.nowDiscussing') : ''}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary plan-jump__go">
        {t('plan.outline.go')}
      </button>
    </form>
  );
}
