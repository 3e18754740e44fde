import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionView } from '../../shared/api';
import { languages, type Language } from '../../shared/i18n/languages';
import { translationLanguages, translationModes, type TranslationLanguage, type TranslationMode } from '../../shared/translations';
import { useLocale } from '../i18n/useLocale';
import { exportFormats, listVersions, type ExportFormat } from '../versions/versionsApi';
import { useLanguageName } from './useLanguageName';

/** Where a family's copy comes from: the live draft or one frozen version. */
function copyHref(workspaceId: string, source: string, options: { format: ExportFormat; lang: Language; mode: TranslationMode; into: TranslationLanguage }): string {
  const workspace = `/api/workspaces/${encodeURIComponent(workspaceId)}`;
  const path = source === 'draft' ? `${workspace}/plan/export` : `${workspace}/versions/${encodeURIComponent(source)}/export`;
  const query = new URLSearchParams({ format: options.format, lang: options.lang, translations: options.mode, translationLanguage: options.into });
  return `${path}?${query.toString()}`;
}

/**
 * The family's copy: the plan with its fixed text in one language and the translations of
 * record beside or instead of the team's words. A plain same-origin download link, like every
 * export, recorded in the team's activity log by the server.
 */
export function FamilyCopy({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const languageName = useLanguageName();
  const [versions, setVersions] = useState<VersionView[]>([]);
  const [source, setSource] = useState('draft');
  const [into, setInto] = useState<TranslationLanguage>('es');
  const [lang, setLang] = useState<Language>(language === 'en' ? 'es' : language);
  const [mode, setMode] = useState<TranslationMode>('beside');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const ids = { source: useId(), into: useId(), lang: useId(), mode: useId(), format: useId() };

  useEffect(() => {
    let cancelled = false;
    listVersions(workspaceId)
      .then((list) => {
        if (!cancelled) setVersions(list);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  return (
    <section className="family-copy" aria-labelledby={`${ids.source}-title`} data-testid="family-copy">
      <h3 id={`${ids.source}-title`}>{t('translations.copy.title')}</h3>
      <p className="translations__lead">{t('translations.copy.lead')}</p>
      <div className="family-copy__grid">
        <label htmlFor={ids.source}>{t('translations.copy.source')}</label>
        <select id={ids.source} value={source} onChange={(event) => setSource(event.target.value)}>
          <option value="draft">{t('translations.copy.draft')}</option>
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {t('translations.copy.version', { number: version.number, title: version.title })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.into}>{t('translations.copy.into')}</label>
        <select id={ids.into} value={into} onChange={(event) => setInto(event.target.value as TranslationLanguage)}>
          {translationLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code, 'label')}
            </option>
          ))}
        </select>
        <label htmlFor={ids.mode}>{t('translations.copy.mode')}</label>
        <select id={ids.mode} value={mode} onChange={(event) => setMode(event.target.value as TranslationMode)}>
          {translationModes.map((value) => (
            <option key={value} value={value}>
              {t(`translations.copy.modes.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.lang}>{t('translations.copy.fixedText')}</label>
        <select id={ids.lang} value={lang} onChange={(event) => setLang(event.target.value as Language)}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code, 'label')}
            </option>
          ))}
        </select>
        <label htmlFor={ids.format}>{t('translations.copy.format')}</label>
        <select id={ids.format} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {exportFormats.map((value) => (
            <option key={value} value={value}>
              {t(`translations.copy.formats.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <a className="button button--primary" href={copyHref(workspaceId, source, { format, lang, mode, into })} download data-testid="family-copy-link">
        {t('translations.copy.download')}
      </a>
    </section>
  );
}
