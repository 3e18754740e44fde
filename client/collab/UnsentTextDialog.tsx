import { Copy } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { ModalDialog } from '../versions/ModalDialog';
import type { AccessEnded } from './CollabSession';

/**
 * Access ended while this person had typed something the team never received. The local
 * copy is already gone; this is the one chance to keep their words, so they are shown to copy.
 */
export function UnsentTextDialog({ ended, onClose }: { ended: AccessEnded; onClose: () => void }) {
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
      title={ended.end === 'removed' ? 'Your access to this plan ended' : 'You can no longer edit this plan'}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            <Copy size={18} aria-hidden="true" />
            {copied ? 'Copied' : 'Copy the text'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p>
        Some of what you typed had not reached the team. It is not kept on this device any more; copy it now if you
        want to keep it, for example to send it to the case manager.
      </p>
      <label className="field__label" htmlFor={id}>Text that was not sent</label>
      <textarea id={id} ref={area} className="text-input text-input--area" data-testid="unsent-text" readOnly rows={8} value={ended.unsentText} />
    </ModalDialog>
  );
}
