import type { PlanDoc, SupportView } from '../../../shared/schema';
import { DateInput, ShortInput } from '../iep/controls';

/** When, how often, where and how long a support is provided (34 CFR 300.320(a)(7)), as services have. */
export function SupportSchedule({ plan, support }: { plan: PlanDoc; support: SupportView }) {
  const name = support.title.trim() || 'this support';
  return (
    <div className="iep-grid" aria-label={`Schedule of ${name}`} role="group">
      <DateInput label="Starts" value={support.startDate} onCommit={(startDate) => plan.supports.update(support.id, { startDate })} />
      <ShortInput label="How often" value={support.frequency} placeholder="e.g. Every written test" onCommit={(frequency) => plan.supports.update(support.id, { frequency })} />
      <ShortInput label="Where" value={support.location} placeholder="e.g. Classroom and resource room" onCommit={(location) => plan.supports.update(support.id, { location })} />
      <ShortInput label="For how long" value={support.duration} placeholder="e.g. Through this IEP" onCommit={(duration) => plan.supports.update(support.id, { duration })} />
    </div>
  );
}
