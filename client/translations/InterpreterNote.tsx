import { Eye } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { can, type Role } from '../../shared/roles';

/** A role that writes translations but never the plan: the interpreter. */
export const translatesOnly = (role: Role): boolean => can(role, 'translate') && !can(role, 'edit');

/** What a reader who translates may do here: read the plan, and translate it from the Translations panel. */
export function InterpreterNote() {
  const { t } = useTranslation();
  return (
    <p className="plan-view__read-only" data-testid="read-only-note">
      <Eye size={20} aria-hidden="true" />
      {t('translations.interpreterNote')}
    </p>
  );
}
