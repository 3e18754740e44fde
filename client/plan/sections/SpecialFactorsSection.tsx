import { useMemo } from 'react';
import type { PlanDoc, SpecialFactor } from '../../../shared/schema';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import './sections.css';
import { useTranslation } from 'react-i18next';
import { specialFactorLabels } from '../../i18n/vocabulary';

/** The special factors checklist: considered or not, and a note on what was decided. */
export function SpecialFactorsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  // Only the ticks: each note field follows its own text.
  const considered = useLive(
    () => plan.specialFactors.list().map(({ factor, considered: ticked }) => ({ factor, considered: ticked })),
    plan.specialFactors,
  );
  return (
    <ul className="factors">
      {considered.map(({ factor, considered: ticked }) => (
        <li key={factor} className={`factor ${ticked ? 'factor--considered' : ''}`}>
          <label className="live-check factor__check">
            <input
              type="checkbox"
              checked={ticked}
              disabled={!canEdit}
              onChange={(event) => plan.specialFactors.setConsidered(factor, event.target.checked)}
            />
            <span>
              {specialFactorLabels[factor]}
              <span className="factor__state">{ticked ? t('planEdit.considered') : t('planEdit.notConsidered')}</span>
            </span>
          </label>
          <FactorNote plan={plan} factor={factor} label={specialFactorLabels[factor]} />
        </li>
      ))}
    </ul>
  );
}

function FactorNote({ plan, factor, label }: { plan: PlanDoc; factor: SpecialFactor; label: string }) {
  const { t } = useTranslation();
  const text = useMemo(() => plan.specialFactors.noteText(factor), [plan, factor]);
  return <YTextInput text={text} multiline rows={1} aria-label={t('planEdit.noteOn', { item: label })} placeholder={t('planEdit.factorPlaceholder')} />;
}
