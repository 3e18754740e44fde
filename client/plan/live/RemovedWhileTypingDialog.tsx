import { useTranslation } from 'react-i18next';
import { WordsToCopyDialog } from '../../components/WordsToCopyDialog';
import type { RemovedWhileTyping } from './useRemovedWhileTyping';

/** Says that a colleague removed the item this person was typing in, and holds their words to copy. */
export function RemovedWhileTypingDialog({ removed, onClose }: { removed: RemovedWhileTyping; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <WordsToCopyDialog
      title={t('ui.removedWhileTyping')}
      lead={t('ui.removedWhileTypingLead', { place: removed.place })}
      words={removed.words}
      wordsLabel={t('ui.removedWords')}
      testId="removed-words"
      onClose={onClose}
    />
  );
}
