import { Copy } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../versions/ModalDialog';
import type { RemovedWhileTyping } from './useRemovedWhileTyping';

/**
 * Says that a colleague removed the item this person was typing in, and holds their words to
 * copy. A dialog on purpose: it takes the keys they go on typing, which would otherwise fall
 * on the page and be lost too.
 */
export function RemovedWhileTypingDialog({ removed, onClose }: { removed: RemovedWhileTyping; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(removed.words);
      setCopied(true);
    } catch {
      // The text is selected: the person can copy it with the keyboard.
    }
  }

  return (
    <ModalDialog
      title={t('ui.removedWhileTyping')}
      onClose={onClose}
      footer={
        <>
          {removed.words !== '' && (
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              <Copy size={18} aria-hidden="true" />
              {copied ? t('ui.copied') : t('ui.copyText')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.close')}
          </button>
        </>
      }
    >
      <p>{t('ui.removedWhileTypingLead', { place: removed.place })}</p>
      {removed.words !== '' && (
        <>
          <label className="field__label" htmlFor={id}>
            {t('ui.removedWords')}
          </label>
          <textarea id={id} ref={area} className="text-input text-input--area" data-testid="removed-words" readOnly rows={6} value={removed.words} />
        </>
      )}
    </ModalDialog>
  );
}
