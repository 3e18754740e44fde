import { useMemo } from 'react';
import { esyDecisions, type PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { CheckInput, LiveText, SelectInput } from './controls';
import './iep.css';
import { esyDecisionLabels } from '../../i18n/vocabulary';

/** Extended school year (300.106): considered, decided, and why. */
export function ExtendedSchoolYearSection({ plan }: { plan: PlanDoc }) {
  const esy = useLive(() => {
    const { considered, decision } = plan.extendedSchoolYear.get();
    return { considered, decision };
  }, plan.extendedSchoolYear);
  const texts = useMemo(() => ({ services: plan.extendedSchoolYear.text('services'), reason: plan.extendedSchoolYear.text('reason') }), [plan]);
  return (
    <div className="iep-stack">
      <CheckInput label="The team considered extended school year services" checked={esy.considered} onChange={(value) => plan.extendedSchoolYear.setConsidered(value)} />
      <div className="iep-grid">
        <SelectInput label="Extended school year decision" value={esy.decision} options={esyDecisions} labels={esyDecisionLabels} onChange={(decision) => plan.extendedSchoolYear.setDecision(decision)} />
      </div>
      {esy.decision === 'eligible' && <LiveText label="Services during the extended school year" text={texts.services} rows={2} />}
      <LiveText label="Reason for the decision" text={texts.reason} rows={2} placeholder="e.g. Data show no loss of skills over breaks." />
    </div>
  );
}
