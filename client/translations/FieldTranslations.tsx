import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translationLanguages, type TranslatableField, type TranslationLanguage, type TranslationView } from '../../shared/translations';
import { ApiFailure } from '../api/ApiFailure';
import { useLocale } from '../i18n/useLocale';
import { usePathNames } from '../i18n/usePathNames';
import { WordDiff } from '../versions/WordDiff';
import { roleLabel } from '../workspace/roleLabels';
import { fieldLabel } from './fieldLabel';
import { saveTranslation } from './translationsApi';
import { useLanguageName } from './useLanguageName';

interface Props {
  readonly workspaceId: string;
  readonly field: TranslatableField;
  readonly canTranslate: boolean;
  readonly onSaved: () => void;
}

/** One part of the plan: the team's words, each language's translation with its status, and add or update. */
export function FieldTranslations({ workspaceId, field, canTranslate, onSaved }: Props) {
  const { t } = useTranslation();
  const names = usePathNames();
  const languageName = useLanguageName();
  const [editing, setEditing] = useState<{ adding: boolean; language: TranslationLanguage; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const textId = useId();
  const languageId = useId();
  const untranslated = translationLanguages.filter((language) => !field.translations.some((translation) => translation.language === language));

  const save = async () => {
    if (!editing) return;
    setSaving(true);
    setSaved(false);
    setProblem(null);
    try {
      await saveTranslation(workspaceId, { path: field.path, language: editing.language, text: editing.text, sourceHash: field.sourceHash });
      setEditing(null);
      setSaved(true);
      onSaved();
    } catch (error) {
      // The typed translation stays in the box whatever went wrong.
      const id = error instanceof ApiFailure ? error.id : '';
      setProblem(id === 'source_changed' ? t('translations.sourceChanged') : id === 'invalid_text' ? t('translations.invalidText') : t('translations.saveFailed'));
      if (id === 'source_changed') onSaved();
    } finally {
      setSaving(false);
    }
  };

  return (
    <article className="translation-field" data-testid="translation-field" data-path={field.path.join('/')}>
      <h3 className="translation-field__label">{fieldLabel(field, names)}</h3>
      <p className="translation-field__source">
        <span className="translation-field__caption">{t('translations.source')}: </span>
        {field.text}
      </p>
      {field.translations.length === 0 && <p className="translation-field__none">{t('translations.none')}</p>}
      {field.translations.map((translation) => (
        <TranslationEntry
          key={translation.language}
          translation={translation}
          onUpdate={canTranslate ? () => setEditing({ adding: false, language: translation.language, text: translation.text }) : null}
        />
      ))}
      {saved && (
        <p role="status" className="translation-field__saved">
          {t('translations.saved')}
        </p>
      )}
      {canTranslate && !editing && untranslated.length > 0 && (
        <button type="button" className="button" onClick={() => setEditing({ adding: true, language: untranslated[0]!, text: '' })}>
          {t('translations.add')}
        </button>
      )}
      {editing && (
        <form
          className="translation-field__form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {editing.adding && (
            <>
              <label htmlFor={languageId}>{t('translations.languageLabel')}</label>
              <select id={languageId} value={editing.language} onChange={(event) => setEditing({ ...editing, language: event.target.value as TranslationLanguage })}>
                {untranslated.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {languageName(language, 'label')}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={textId}>{t('translations.textLabel', { language: languageName(editing.language) })}</label>
          <textarea id={textId} lang={editing.language} rows={4} value={editing.text} onChange={(event) => setEditing({ ...editing, text: event.target.value })} />
          {problem && <p role="alert">{problem}</p>}
          <div className="translation-field__actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {saving ? t('translations.saving') : t('translations.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('translations.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

function TranslationEntry({ translation, onUpdate }: { translation: TranslationView; onUpdate: (() => void) | null }) {
  const { t } = useTranslation();
  const { date } = useLocale();
  const languageName = useLanguageName();
  const outdated = translation.status === 'outdated';
  return (
    <div className={`translation-entry${outdated ? ' translation-entry--outdated' : ''}`} data-testid="translation-entry" data-language={translation.language} data-status={translation.status}>
      <p className="translation-entry__head">
        <strong>{languageName(translation.language, 'label')}</strong>{' '}
        <span className={`translation-entry__status translation-entry__status--${translation.status}`}>{outdated ? t('translations.outdated') : t('translations.current')}</span>
      </p>
      <p className="translation-entry__text" lang={translation.language}>
        {translation.text}
      </p>
      <p className="translation-entry__byline">{t('translations.byline', { name: translation.author.name, role: roleLabel(translation.author.role), date: date(translation.updatedAt) })}</p>
      {outdated && (
        <div className="translation-entry__change">
          <p>{t('translations.outdatedHint')}</p>
          <WordDiff change={{ field: '', label: '', before: translation.sourceText, after: translation.sourceChange.filter((part) => part.kind !== 'removed').map((part) => part.text).join(''), words: translation.sourceChange }} />
        </div>
      )}
      {onUpdate && (
        <button type="button" className="button" onClick={onUpdate}>
          {t('translations.update', { language: languageName(translation.language) })}
        </button>
      )}
    </div>
  );
}
