import { Copy } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../versions/ModalDialog';

interface WordsToCopyDialogProps {
  readonly title: string;
  /** What happened, in a sentence. */
  readonly lead: ReactNode;
  /** The person's words the page could not keep; none shown (nor a copy button) when empty. */
  readonly words: string;
  readonly wordsLabel: string;
  readonly testId: string;
  readonly rows?: number;
  readonly onClose: () => void;
}

/**
 * Something took away what a person typed (their access ended, a colleague removed the item):
 * their words, held to read and copy. A dialog on purpose: it takes the keys they go on
 * typing, which would otherwise fall on the page and be lost too.
 */
export function WordsToCopyDialog({ title, lead, words, wordsLabel, testId, rows = 6, onClose }: WordsToCopyDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(words);
      setCopied(true);
    } catch {
      // The text is selected: the person can copy it with the keyboard.
    }
  }

  return (
    <ModalDialog
      title={title}
      onClose={onClose}
      footer={
        <>
          {words !== '' && (
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
      <p>{lead}</p>
      {words !== '' && (
        <>
          <label className="field__label" htmlFor={id}>
            {wordsLabel}
          </label>
          <textarea id={id} ref={area} className="text-input text-input--area" data-testid={testId} readOnly rows={rows} value={words} />
        </>
      )}
    </ModalDialog>
  );
}
