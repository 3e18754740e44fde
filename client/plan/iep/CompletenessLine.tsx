import { useEffect, useState } from 'react';
import { iepCompleteness, type Completeness } from '../../../shared/iepCompleteness';
import type { PlanDoc } from '../../../shared/schema';
import { goToSection } from '../sections/sectionText';
import { useIepRules } from './useIepRules';
import './iep.css';
import { useTranslation } from 'react-i18next';
import { iepComponentLabel } from './iepComponentLabel';

/**
 * "11 of 13 required parts complete", under the plan's bar, with the missing parts as links to
 * their sections. Recomputed after each burst of changes (a whole snapshot per keystroke would
 * be wasted work while someone types).
 */
export function CompletenessLine({ plan, teamCovered }: { plan: PlanDoc; teamCovered: boolean | null }) {
  const rules = useIepRules();
  const { t } = useTranslation();
  const compute = () => iepCompleteness(plan.snapshot(), { rules, teamCovered });
  const [result, setResult] = useState<Completeness>(compute);

  useEffect(() => {
    let timer: number | null = null;
    const refresh = () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        setResult(iepCompleteness(plan.snapshot(), { rules, teamCovered }));
      }, 250);
    };
    setResult(iepCompleteness(plan.snapshot(), { rules, teamCovered }));
    plan.doc.on('update', refresh);
    return () => {
      plan.doc.off('update', refresh);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [plan, rules, teamCovered]);

  const missing = result.components.filter((component) => component.required && !component.complete);
  const share = result.requiredTotal === 0 ? 1 : result.requiredComplete / result.requiredTotal;
  return (
    <div className="completeness">
      <p className="completeness__line" role="status" data-testid="completeness-line">
        {result.requiredComplete === result.requiredTotal
          ? t('iepComponents.allComplete', { count: result.requiredTotal })
          : t('iepComponents.someComplete', { done: result.requiredComplete, count: result.requiredTotal })}
        <span className="completeness__bar" aria-hidden="true">
          <span className="completeness__fill" style={{ width: `${Math.round(share * 100)}%`, display: 'block' }} />
        </span>
      </p>
      {missing.length > 0 && (
        // Folded: open, the list of missing parts would fill a laptop screen under the sticky bars.
        <details className="completeness__details">
          <summary className="completeness__summary">{t('planEdit.whatIsMissing', { count: missing.length })}</summary>
        <ul className="completeness__missing" aria-label={t('planEdit.missingParts')}>
          {missing.map((component) => (
            <li key={component.id}>
              <button type="button" onClick={() => goToSection(component.section, { focus: true })} title={component.citation}>
                {iepComponentLabel(component)}
              </button>
            </li>
          ))}
        </ul>
        </details>
      )}
    </div>
  );
}
