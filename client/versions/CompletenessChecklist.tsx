import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import type { CompletenessItem } from '../../shared/completeness';
import './CompletenessChecklist.css';
import { useTranslation } from 'react-i18next';
import { completenessText, type Translate } from '../i18n/completenessText';

interface CompletenessChecklistProps {
  items: readonly CompletenessItem[] | null;
}

/**
 * What the plan must hold before it is proposed, beside "Propose": required gaps are listed
 * first and block proposing; recommended ones only warn. Icons repeat what the words say.
 */
export function CompletenessChecklist({ items }: CompletenessChecklistProps) {
  const { t, i18n } = useTranslation();
  if (!items) return <p className="muted">{t('versions.checking')}</p>;
  const gaps = items.filter((item) => item.level === 'required' && !item.met);
  const warnings = items.filter((item) => item.level === 'recommended' && !item.met);
  const done = items.filter((item) => item.met);
  // Keys arrive from the server as data, which t()'s per-key overloads cannot check.
  const label = (item: CompletenessItem) => completenessText(item.message, t as unknown as Translate, i18n.language);
  return (
    <section className="completeness-checklist" aria-labelledby="completeness-title">
      <h4 id="completeness-title" className="completeness-checklist__title">
        {gaps.length === 0 ? t('versions.complete') : t('versions.stillMissing', { count: gaps.length })}
      </h4>
      <ul className="completeness-checklist__list">
        {gaps.map((item) => (
          <li key={item.id} className="completeness-checklist__item completeness-checklist__item--gap">
            <CircleAlert size={18} aria-hidden="true" /> <span>{t('versions.required', { label: label(item) })}</span>
          </li>
        ))}
        {warnings.map((item) => (
          <li key={item.id} className="completeness-checklist__item completeness-checklist__item--warning">
            <TriangleAlert size={18} aria-hidden="true" /> <span>{t('versions.recommended', { label: label(item) })}</span>
          </li>
        ))}
        {done.map((item) => (
          <li key={item.id} className="completeness-checklist__item completeness-checklist__item--met">
            <CircleCheck size={18} aria-hidden="true" /> <span>{t('versions.done', { label: label(item) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
