import { ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSuggesting } from './SuggestingContext';

/**
 * For a role held to suggesting: how their changes count, said once above the plan. It used
 * to sit in the bar that sticks above the plan, where a sentence read once took two lines of
 * the screen for the whole meeting.
 */
export function SuggestOnlyNote() {
  const { t } = useTranslation();
  const suggesting = useSuggesting();
  if (!suggesting?.locked) return null;
  return (
    <p className="suggest-only-note">
      <ListChecks size={20} aria-hidden="true" />
      {t('betweenMeetings.suggestOnly')}
    </p>
  );
}
