import { useTranslation } from 'react-i18next';
import { WordsToCopyDialog } from '../components/WordsToCopyDialog';
import type { AccessEnded } from './CollabSession';

/**
 * Access ended while this person had typed something the team never received. The local
 * copy is already gone; this is the one chance to keep their words, so they are shown to copy.
 */
export function UnsentTextDialog({ ended, onClose }: { ended: AccessEnded; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <WordsToCopyDialog
      title={ended.end === 'removed' ? t('ui.accessEnded') : t('ui.noLongerEdit')}
      lead={t('ui.unsentLead')}
      words={ended.unsentText}
      wordsLabel={t('ui.unsentLabel')}
      testId="unsent-text"
      rows={8}
      onClose={onClose}
    />
  );
}
