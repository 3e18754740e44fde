import { useTranslation } from 'react-i18next';
import type { Overwrite } from './usePlainDraft';

/** Under a plain field whose value someone else wrote over yours, or you over theirs. */
export function OverwriteNotice({ overwrite, onUseTheirs, onPutMineBack, onDismiss }: { overwrite: Overwrite; onUseTheirs: () => void; onPutMineBack: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const who = overwrite.by ?? t('planEdit.overwrite.someone');
  return (
    <span className="overwrite-notice" role="status" data-testid="overwrite-notice">
      {overwrite.phase === 'typing' ? (
        <>
          {t('planEdit.overwrite.theyWrote', { who, text: overwrite.theirs })}{' '}
          <button type="button" className="link-button" onMouseDown={(event) => event.preventDefault()} onClick={onUseTheirs}>
            {t('planEdit.overwrite.useTheirs')}
          </button>
        </>
      ) : (
        <>
          {t('planEdit.overwrite.yoursReplaced', { who, text: overwrite.mine })}{' '}
          <button type="button" className="link-button" onClick={onPutMineBack}>
            {t('planEdit.overwrite.putMineBack')}
          </button>{' '}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('planEdit.overwrite.keepTheirs')}
          </button>
        </>
      )}
    </span>
  );
}
