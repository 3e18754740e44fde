import { useTranslation } from 'react-i18next';

/**
 * Over an empty week's grid (in place of its list), so empty lines do not leave a person
 * wondering whether the week failed to load: it says nothing is scheduled and, for someone who
 * may add to it, leads to the form.
 */
export function EmptyWeekNote({ formFieldId, inline = false }: { formFieldId: string | null; inline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={inline ? 'week-empty week-empty--inline' : 'week-empty'} role="status" data-testid="empty-week">
      <p className="week-empty__words">{t('schedule.emptyWeek')}</p>
      {/* Focusing the form's first field also scrolls it into view. */}
      {formFieldId && <button type="button" className="button button--quiet week-empty__add" onClick={() => document.getElementById(formFieldId)?.focus()}>{t('schedule.emptyWeekAdd')}</button>}
    </div>
  );
}
