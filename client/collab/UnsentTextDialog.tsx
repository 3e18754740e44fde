import { Copy } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { ModalDialog } from '../versions/ModalDialog';
import type { AccessEnded } from './CollabSession';
import { useTranslation } from 'react-i18next';

/**
 * Access ended while this person had typed something the team never received. The local
 * copy is already gone; this is the one chance to keep their words, so they are shown to copy.
 */
export function UnsentTextDialog({ ended, onClose }: { ended: AccessEnded; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(ended.unsentText);
      setCopied(true);
    } catch {
      // The text is selected: the person can copy it with the keyboard.
    }
  }

  return (
    <ModalDialog
      title={ended.end === 'removed' ? t('ui.accessEnded') : t('ui.noLongerEdit')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            <Copy size={18} aria-hidden="true" />
            {copied ? t('ui.copied') : t('ui.copyText')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.close')}
          </button>
        </>
      }
    >
      <p>{t('ui.unsentLead')}</p>
      <label className="field__label" htmlFor={id}>{t('ui.unsentLabel')}</label>
      <textarea id={id} ref={area} className="text-input text-input--area" data-testid="unsent-text" readOnly rows={8} value={ended.unsentText} />
    </ModalDialog>
  );
}
