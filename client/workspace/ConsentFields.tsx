import { ShieldCheck } from 'lucide-react';
import type { ConsentScopeItem } from '../../shared/consentScope';
import { TextAreaField } from '../components/TextField';
import { ConsentScopeBoxes } from './ConsentScopeBoxes';
import { formatDate } from './roleLabels';

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
  return (
    <fieldset className="consent-fields" data-testid="consent-fields">
      <legend className="consent-fields__legend">
        <ShieldCheck size={20} aria-hidden="true" /> Your consent to share
      </legend>
      <p>
        A clinic therapist works outside school, so {studentName}’s plan can be shared with them only
        with your written consent. It records:
      </p>
      <ul className="consent-fields__list">
        <li><strong>What</strong> is shared, and <strong>why</strong> (you write both below)</li>
        <li><strong>With whom:</strong> {recipient || 'the email above'}</li>
        <li><strong>When:</strong> dated today, {formatDate(new Date().toISOString())}</li>
      </ul>
      <p>
        You can withdraw it at any time under “Consent to share”. The therapist then loses access
        at once.
      </p>
      <ConsentScopeBoxes value={value.scope} onChange={(scope) => onChange({ ...value, scope })} />
      <TextAreaField
        label="What you agree to share"
        hint="For example: the IEP plan’s goals, supports and services."
        required
        maxLength={500}
        value={value.sharedScope}
        onChange={(sharedScope) => onChange({ ...value, sharedScope })}
      />
      <TextAreaField
        label="The purpose of sharing"
        hint="For example: so clinic therapy works on the same goals as school."
        required
        maxLength={500}
        value={value.purpose}
        onChange={(purpose) => onChange({ ...value, purpose })}
      />
      <label className="consent-fields__agree">
        <input type="checkbox" required disabled={value.scope.length === 0} checked={value.agreed && value.scope.length > 0} onChange={(event) => onChange({ ...value, agreed: event.target.checked })} />
        <span>
          I, {parentName}, agree to share this with {recipient || 'this therapist'} for this purpose.
        </span>
      </label>
    </fieldset>
  );
}
