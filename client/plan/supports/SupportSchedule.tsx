import type { PlanDoc, SupportView } from '../../../shared/schema';
import { DateInput, ShortInput } from '../iep/controls';
import { useTranslation } from 'react-i18next';

/** When, how often, where and how long a support is provided (34 CFR 300.320(a)(7)), as services have. */
export function SupportSchedule({ plan, support }: { plan: PlanDoc; support: SupportView }) {
  const { t } = useTranslation();
  const name = support.title.trim() || t('planEdit.thisSupport');
  return (
    <div className="iep-grid" aria-label={t('planEdit.scheduleOf', { item: name })} role="group">
      <DateInput label={t('planEdit.starts')} value={support.startDate} onCommit={(startDate) => plan.supports.update(support.id, { startDate })} />
      <ShortInput label={t('planEdit.frequency')} value={support.frequency} placeholder={t('planEdit.supportFrequencyPlaceholder')} onCommit={(frequency) => plan.supports.update(support.id, { frequency })} />
      <ShortInput label={t('planEdit.location')} value={support.location} placeholder={t('planEdit.supportWherePlaceholder')} onCommit={(location) => plan.supports.update(support.id, { location })} />
      <ShortInput label={t('planEdit.forHowLong')} value={support.duration} placeholder={t('planEdit.forHowLongPlaceholder')} onCommit={(duration) => plan.supports.update(support.id, { duration })} />
    </div>
  );
}
