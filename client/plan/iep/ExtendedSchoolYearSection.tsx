import { useMemo } from 'react';
import { esyDecisions, type PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { ChoiceRadios } from './ChoiceRadios';
import { CheckInput, LiveText } from './controls';
import './iep.css';
import { esyDecisionLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Extended school year (300.106): considered, decided, and why. */
export function ExtendedSchoolYearSection({ plan }: { plan: PlanDoc }) {
  const { t } = useTranslation();
  const esy = useLive(() => {
    const { considered, decision } = plan.extendedSchoolYear.get();
    return { considered, decision };
  }, plan.extendedSchoolYear);
  const texts = useMemo(() => ({ services: plan.extendedSchoolYear.text('services'), reason: plan.extendedSchoolYear.text('reason') }), [plan]);
  return (
    <div className="iep-stack">
      <CheckInput label={t('planEdit.esyConsidered')} checked={esy.considered} onChange={(value) => plan.extendedSchoolYear.setConsidered(value)} />
      <ChoiceRadios label={t('planEdit.esyDecision')} value={esy.decision} options={esyDecisions} labels={esyDecisionLabels} onChange={(decision) => plan.extendedSchoolYear.setDecision(decision)} />
      {esy.decision === 'eligible' && <LiveText label={t('planEdit.esyServices')} text={texts.services} rows={2} />}
      <LiveText label={t('planEdit.esyReason')} text={texts.reason} rows={2} placeholder={t('planEdit.esyReasonPlaceholder')} />
    </div>
  );
}
