import { ShieldCheck } from 'lucide-react';
import type { ConsentScopeItem } from '../../shared/consentScope';
import { TextAreaField } from '../components/TextField';
import { ConsentScopeBoxes } from './ConsentScopeBoxes';
import { formatDate } from './roleLabels';
import { Trans, useTranslation } from 'react-i18next';

export interface ConsentDraft {
  readonly sharedScope: string;
  /** The boxes ticked: what the consent covers. The words above stay as the parent's own. */
  readonly scope: readonly ConsentScopeItem[];
  readonly purpose: string;
  readonly agreed: boolean;
}

export const emptyConsent: ConsentDraft = { sharedScope: '', scope: [], purpose: '', agreed: false };

interface ConsentFieldsProps {
  value: ConsentDraft;
  onChange: (value: ConsentDraft) => void;
  studentName: string;
  recipient: string;
  parentName: string;
}

/**
 * The parent's consent to share an education record with a clinician outside school (FERPA):
 * what, with whom, why, dated, revocable. Asked in plain words, never prefilled: the parent
 * states it.
 */
export function ConsentFields({ value, onChange, studentName, recipient, parentName }: ConsentFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="consent-fields" data-testid="consent-fields">
      <legend className="consent-fields__legend">
        <ShieldCheck size={20} aria-hidden="true" /> {t('consent.legend')}
      </legend>
      <p>{t('consent.why', { student: studentName })}</p>
      <ul className="consent-fields__list">
        <li><Trans i18nKey="consent.whatWhy" components={{ strong: <strong /> }} /></li>
        <li><Trans i18nKey="consent.withWhom" values={{ recipient: recipient || t('consent.theEmailAbove') }} components={{ strong: <strong /> }} /></li>
        <li><Trans i18nKey="consent.when" values={{ date: formatDate(new Date().toISOString()) }} components={{ strong: <strong /> }} /></li>
      </ul>
      <p>{t('consent.withdrawAnyTime')}</p>
      <ConsentScopeBoxes value={value.scope} onChange={(scope) => onChange({ ...value, scope })} />
      <TextAreaField
        label={t('consent.scope')}
        hint={t('consent.scopeHint')}
        required
        maxLength={500}
        value={value.sharedScope}
        onChange={(sharedScope) => onChange({ ...value, sharedScope })}
      />
      <TextAreaField
        label={t('consent.purpose')}
        hint={t('consent.purposeHint')}
        required
        maxLength={500}
        value={value.purpose}
        onChange={(purpose) => onChange({ ...value, purpose })}
      />
      <label className="consent-fields__agree">
        <input type="checkbox" required disabled={value.scope.length === 0} checked={value.agreed && value.scope.length > 0} onChange={(event) => onChange({ ...value, agreed: event.target.checked })} />
        <span>
          {t('consent.agree', { parent: parentName, recipient: recipient || t('consent.thisTherapist') })}
        </span>
      </label>
    </fieldset>
  );
}
