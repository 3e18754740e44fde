import { Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import './common.css';
import { useTranslation } from 'react-i18next';

interface RemoveButtonProps {
  /** The question asked before removing, e.g. "Remove this goal and its objectives?" */
  readonly question: string;
  /** Accessible name of the first button, e.g. "Remove goal 2". */
  readonly label: string;
  readonly onConfirm: () => void;
  /** Show the word "Remove" beside the icon (roomy places) or only the icon (rows). */
  readonly showText?: boolean;
}

/**
 * Removing asks once, in place: no modal to trap focus, and focus moves to the answer. Undo
 * also brings a removed item back, but a colleague's work deserves a second look first.
 */
export function RemoveButton({ question, label, onConfirm, showText }: RemoveButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) firstRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={firstRef}
        type="button"
        className={showText ? 'button button--danger-quiet remove-button' : 'icon-button icon-button--danger'}
        aria-label={label}
        title={showText ? undefined : label}
        onClick={() => setAsking(true)}
      >
        <Trash2 size={18} aria-hidden="true" />
        {showText && t('planEdit.remove')}
      </button>
    );
  }
  return (
    <div className="remove-confirm" role="group" aria-label={question}>
      <p className="remove-confirm__question">{question}</p>
      <div className="remove-confirm__actions">
        <button ref={confirmRef} type="button" className="button button--danger" onClick={onConfirm}>
          {t('planEdit.remove')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('planEdit.keep')}
        </button>
      </div>
    </div>
  );
}
