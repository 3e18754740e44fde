import { Hand } from 'lucide-react';
import type { ReactNode } from 'react';
import type { SectionId } from '../../../shared/schema';
import { sectionElementId, sectionHeadingId, sectionText } from './sectionText';
import { useTranslation } from 'react-i18next';
import { sectionTerms } from '../../glossary/glossaryTerms';
import { Term } from '../../glossary/Term';
import './SectionFrame.css';

interface SectionFrameProps {
  readonly section: SectionId;
  /** True when this person is currently pointing the room at this section. */
  readonly isPointedByMe: boolean;
  /** True when anyone is pointing the room here (highlights the section). */
  readonly isDiscussed: boolean;
  readonly onPoint: (section: SectionId | null) => void;
  readonly children: ReactNode;
}

/** One section of the plan: plain heading, a line of explanation, and "point everyone here". */
export function SectionFrame({ section, isPointedByMe, isDiscussed, onPoint, children }: SectionFrameProps) {
  const text = sectionText[section];
  const { t } = useTranslation();
  const term = sectionTerms[section];
  const headingId = sectionHeadingId(section);
  return (
    <section
      id={sectionElementId(section)}
      className={`plan-section ${isDiscussed ? 'plan-section--discussed' : ''}`}
      aria-labelledby={headingId}
      data-section={section}
    >
      <header className="plan-section__header">
        <div className="plan-section__titles">
          {/* Focusable from "Go there" and the outline, so keyboard users land where they look. */}
          <h2 id={headingId} className="plan-section__title" tabIndex={-1}>
            {text.title}
          </h2>
          {term && (
            <p className="plan-section__term">
              <Term id={term} ownLine>{t('glossary.explain', { term: t(`glossary.terms.${term}.term`) })}</Term>
            </p>
          )}
          <p className="plan-section__explanation">{text.explanation}</p>
          {text.formName !== text.title && <p className="plan-section__form-name">{t('plan.frame.formName', { name: text.formName })}</p>}
        </div>
        <button
          type="button"
          className={`button button--quiet plan-section__point ${isPointedByMe ? 'plan-section__point--on' : ''}`}
          aria-pressed={isPointedByMe}
          onClick={() => onPoint(isPointedByMe ? null : section)}
        >
          <Hand size={18} aria-hidden="true" />
          {/* The name starts with the visible words (WCAG 2.5.3), then says which section. */}
          {isPointedByMe ? t('plan.frame.pointing') : t('plan.frame.point')}
          <span className="visually-hidden">: {text.title}</span>
        </button>
      </header>
      {isDiscussed && <p className="plan-section__discussed-tag">{t('plan.frame.discussing')}</p>}
      <div className="plan-section__body">{children}</div>
    </section>
  );
}
