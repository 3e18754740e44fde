import { Check, Copy } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import './CopyField.css';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  /** What "copy" is called on the button, e.g. "Copy link". */
  buttonLabel: string;
  testId?: string;
}

/**
 * A secret or link shown once, with one obvious way to copy it. When the clipboard is not
 * available (old browsers, blocked permission) the text is selected so Ctrl+C / long-press
 * works, and we say so.
 */
export function CopyField({ label, value, buttonLabel, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      input.current?.select();
      setStatus('manual');
    }
  }

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="text-input copy-field__value"
          data-testid={testId}
          type="text"
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void handleCopy()}>
          {status === 'copied' ? <Check size={20} aria-hidden="true" /> : <Copy size={20} aria-hidden="true" />}
          {status === 'copied' ? t('ui.copied') : buttonLabel}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status === 'copied' && t('ui.copiedHint')}
        {status === 'manual' && t('ui.selectedHint')}
      </p>
    </div>
  );
}
