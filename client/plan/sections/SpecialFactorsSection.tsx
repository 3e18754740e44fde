import { useMemo } from 'react';
import type { PlanDoc, SpecialFactor } from '../../../shared/schema';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import './sections.css';

/** The special factors checklist: considered or not, and a note on what was decided. */
export function SpecialFactorsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
  // Only the ticks: each note field follows its own text.
  const considered = useLive(
    () => plan.specialFactors.list().map(({ factor, label, considered: ticked }) => ({ factor, label, considered: ticked })),
    plan.specialFactors,
  );
  return (
    <ul className="factors">
      {considered.map(({ factor, label, considered: ticked }) => (
        <li key={factor} className={`factor ${ticked ? 'factor--considered' : ''}`}>
          <label className="live-check factor__check">
            <input
              type="checkbox"
              checked={ticked}
              disabled={!canEdit}
              onChange={(event) => plan.specialFactors.setConsidered(factor, event.target.checked)}
            />
            <span>
              {label}
              <span className="factor__state">{ticked ? ' — considered' : ' — not yet considered'}</span>
            </span>
          </label>
          <FactorNote plan={plan} factor={factor} label={label} />
        </li>
      ))}
    </ul>
  );
}

function FactorNote({ plan, factor, label }: { plan: PlanDoc; factor: SpecialFactor; label: string }) {
  const text = useMemo(() => plan.specialFactors.noteText(factor), [plan, factor]);
  return <YTextInput text={text} multiline rows={1} aria-label={`Note on ${label}`} placeholder="What the team decided (optional)" />;
}
