import { useTranslation } from 'react-i18next';
import { consentScopeItems, type ConsentScopeItem } from '../../shared/consentScope';

/** The boxes a parent ticks for what a clinic therapist may see; at least one is needed to agree. */
export function ConsentScopeBoxes({ value, onChange }: { value: readonly ConsentScopeItem[]; onChange: (value: ConsentScopeItem[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="consent-scope" data-testid="consent-scope">
      <legend className="consent-scope__legend">{t('scheduleMore.consentScope.legend')}</legend>
      <p className="field__hint">{t('scheduleMore.consentScope.hint')}</p>
      {consentScopeItems.map((item) => (
        <label key={item} className="consent-scope__item">
          <input
            type="checkbox"
            name="consent-scope"
            value={item}
            checked={value.includes(item)}
            onChange={(event) => onChange(event.target.checked ? [...value, item] : value.filter((v) => v !== item))}
          />
          <span>{t(`scheduleMore.consentScope.items.${item}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What a recorded consent covers, as ticked; or, for one given in words only, how it is read. */
export function ConsentScopeSummary({ scopeItems }: { scopeItems: readonly ConsentScopeItem[] | null }) {
  const { t } = useTranslation();
  if (scopeItems === null) return <p className="muted">{t('scheduleMore.consentScope.wordsOnly')}</p>;
  return (
    <ul className="consent-scope__ticked" aria-label={t('scheduleMore.consentScope.ticked')}>
      {scopeItems.map((item) => <li key={item}>{t(`scheduleMore.consentScope.items.${item}`)}</li>)}
    </ul>
  );
}
