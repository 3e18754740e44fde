import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import type { CompletenessItem } from '../../shared/completeness';
import './CompletenessChecklist.css';

interface CompletenessChecklistProps {
  items: readonly CompletenessItem[] | null;
}

/**
 * What the plan must hold before it is proposed, beside "Propose": required gaps are listed
 * first and block proposing; recommended ones only warn. Icons repeat what the words say.
 */
export function CompletenessChecklist({ items }: CompletenessChecklistProps) {
  if (!items) return <p className="muted">Checking the plan…</p>;
  const gaps = items.filter((item) => item.level === 'required' && !item.met);
  const warnings = items.filter((item) => item.level === 'recommended' && !item.met);
  const done = items.filter((item) => item.met);
  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <h4 id="completeness-title" className="completeness__title">
        {gaps.length === 0 ? 'The plan has everything required' : `Still missing before you can propose (${gaps.length})`}
      </h4>
      <ul className="completeness__list">
        {gaps.map((item) => (
          <li key={item.id} className="completeness__item completeness__item--gap">
            <CircleAlert size={18} aria-hidden="true" /> <span>Required: {item.label}</span>
          </li>
        ))}
        {warnings.map((item) => (
          <li key={item.id} className="completeness__item completeness__item--warning">
            <TriangleAlert size={18} aria-hidden="true" /> <span>Recommended: {item.label}</span>
          </li>
        ))}
        {done.map((item) => (
          <li key={item.id} className="completeness__item completeness__item--met">
            <CircleCheck size={18} aria-hidden="true" /> <span>Done: {item.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
