import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from './glossaryTerms';
import './Term.css';

/**
 * An IEP term with its plain-words explanation, shown on hover and on keyboard focus (WCAG
 * 1.4.13: it stays while the pointer is over it and Escape dismisses it). The explanation is
 * the button's description, so a screen reader reads it without opening anything.
 * `ownLine`: the term stands alone rather than in a sentence, so it keeps the app's full target.
 */
export function Term({ id, children, ownLine = false }: { id: GlossaryTermId; children?: ReactNode; ownLine?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const tipId = useId();
  const name = t(`glossary.terms.${id}.term`);
  return (
    <span className={ownLine ? 'term term--own-line' : 'term'} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="term__button"
        aria-describedby={tipId}
        aria-expanded={open}
        data-testid={`term-${id}`}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children ?? name}
      </button>
      <span role="tooltip" id={tipId} className="term__tip" hidden={!open}>
        <strong className="term__tip-name">{name}</strong> {t(`glossary.terms.${id}.definition`)}
      </span>
    </span>
  );
}
