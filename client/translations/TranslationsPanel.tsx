import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslatableField } from '../../shared/translations';
import { FamilyCopy } from './FamilyCopy';
import { FieldTranslations } from './FieldTranslations';
import { loadTranslations } from './translationsApi';
import { useLanguageName } from './useLanguageName';

type Filter = 'all' | 'missing' | 'outdated';

/** The plan's written parts, each with its translations; narrowed to what still needs work. */
export function TranslationsPanel({ workspaceId, canTranslate, canExport }: { workspaceId: string; canTranslate: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [fields, setFields] = useState<TranslatableField[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  const titleId = useId();

  const reload = useCallback(async () => {
    try {
      const response = await loadTranslations(workspaceId);
      setFields(response.fields);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [workspaceId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const shown = (fields ?? []).filter((field) => {
    if (filter === 'missing') return !field.translations.some((translation) => translation.language === 'es');
    if (filter === 'outdated') return field.translations.some((translation) => translation.status === 'outdated');
    return true;
  });

  return (
    <section className="translations__panel" aria-labelledby={titleId} data-testid="translations-panel">
      <h2 id={titleId} className="translations__title">
        {t('translations.panelLabel')}
      </h2>
      <p className="translations__lead">{t('translations.lead')}</p>
      {!canTranslate && <p className="translations__note">{t('translations.readOnly')}</p>}
      {canExport && <FamilyCopy workspaceId={workspaceId} />}
      {failed && <p role="alert">{t('translations.loadFailed')}</p>}
      {!fields && !failed && <p aria-busy="true">{t('translations.loading')}</p>}
      {fields && fields.length === 0 && <p>{t('translations.empty')}</p>}
      {fields && fields.length > 0 && (
        <>
          <label className="translations__filter">
            {t('translations.filterLabel')}{' '}
            <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
              <option value="all">{t('translations.filterAll')}</option>
              <option value="missing">{t('translations.filterMissing', { language: languageName('es') })}</option>
              <option value="outdated">{t('translations.filterOutdated')}</option>
            </select>{' '}
            <span className="translations__count">{t('translations.count', { count: shown.length })}</span>
          </label>
          <ul className="translations__fields">
            {shown.map((field) => (
              <li key={field.path.join('/')}>
                <FieldTranslations workspaceId={workspaceId} field={field} canTranslate={canTranslate} onSaved={() => void reload()} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
