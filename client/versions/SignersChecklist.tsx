import { useId } from 'react';
import type { MemberView } from '../../shared/api';
import { alwaysSigns } from '../../shared/roles';
import { roleName, signerCandidates } from './versionText';
import './SignersChecklist.css';
import { useTranslation } from 'react-i18next';

interface SignersChecklistProps {
  members: readonly MemberView[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  legend?: string;
}

/** Tick who must sign. Only members whose role signs are listed: the server accepts no one else. */
export function SignersChecklist({ members, selected, onChange, legend }: SignersChecklistProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const candidates = signerCandidates(members);

  function toggle(userId: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(userId);
    else next.delete(userId);
    onChange(next);
  }

  return (
    <fieldset className="signers-check" aria-describedby={hintId}>
      <legend className="field__label">{legend ?? t('versions.whoMustSign')}</legend>
      <p className="field__hint" id={hintId}>
        {t('versions.signersHint')}
      </p>
      <ul className="signers-check__list">
        {candidates.map((member) => (
          <li key={member.userId}>
            <label className="signers-check__option">
              <input
                type="checkbox"
                checked={alwaysSigns(member.role) || selected.has(member.userId)}
                disabled={alwaysSigns(member.role)}
                onChange={(event) => toggle(member.userId, event.target.checked)}
              />
              <span>
                {member.displayName} <span className="muted">({roleName(member.role)})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
