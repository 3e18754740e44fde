import { useId } from 'react';
import type { ThreadFilter, ThreadStatusFilter } from './threadFilter';
import './ThreadFilters.css';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

interface ThreadFiltersProps {
  filter: ThreadFilter;
  counts: Readonly<Record<ThreadStatusFilter, number>>;
  sections: readonly { key: string; label: string }[];
  onChange: (filter: ThreadFilter) => void;
}

const statusLabels = translatedRecord<ThreadStatusFilter>({ open: 'comments.statusOpen', resolved: 'comments.statusResolved', mine: 'comments.statusMine' });

/** Which conversations to list. Radio buttons underneath, so arrows and screen readers just work. */
export function ThreadFilters({ filter, counts, sections, onChange }: ThreadFiltersProps) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="thread-filters">
      <fieldset className="thread-filters__status">
        <legend className="visually-hidden">{t('comments.showConversations')}</legend>
        {(Object.keys(statusLabels) as ThreadStatusFilter[]).map((status) => (
          <label key={status} className="thread-filters__choice">
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={filter.status === status}
              onChange={() => onChange({ ...filter, status })}
            />
            <span>
              {statusLabels[status]} <span className="thread-filters__count">{counts[status]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {sections.length > 1 && (
        <div className="thread-filters__section">
          <label htmlFor={`${id}-section`}>{t('comments.section')}</label>
          <select id={`${id}-section`} className="text-input" value={filter.section} onChange={(event) => onChange({ ...filter, section: event.target.value })}>
            <option value="all">{t('comments.allSections')}</option>
            {sections.map((section) => (
              <option key={section.key} value={section.key}>
                {section.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
