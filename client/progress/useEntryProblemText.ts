import { useTranslation } from 'react-i18next';
import type { EntryProblem } from '../../shared/schema';

/** Why an entry cannot be recorded, in the reader's language (the shared check gives only the key). */
export function useEntryProblemText(): (problem: EntryProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.key) {
      case 'enterNumber':
        return t('conflictText.progressEntry.enterNumber');
      case 'percentRange':
        return t('conflictText.progressEntry.percentRange');
      case 'ratingRange':
        return t('conflictText.progressEntry.ratingRange', { max: problem.max });
      case 'yesOrNo':
        return t('conflictText.progressEntry.yesOrNo');
      case 'zeroOrMore':
        return t('conflictText.progressEntry.zeroOrMore');
      case 'chooseDay':
        return t('conflictText.progressEntry.chooseDay');
    }
  };
}
