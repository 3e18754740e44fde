import { useEffect, useRef, useState, type ReactNode } from 'react';
import './ConfirmButton.css';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The first button, e.g. "Remove". */
  children: ReactNode;
  /** The question asked before acting, e.g. "Remove Sam Lee from the team?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  /** Accessible name when the visible label alone is ambiguous in a list. */
  ariaLabel?: string;
}

/**
 * Actions that take someone's access away ask once, in place: no modal to trap focus in,
 * and focus moves to the question's answer so keyboard users land where they need to be.
 */
export function ConfirmButton({ children, question, confirmLabel, onConfirm, ariaLabel }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) firstRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function handleConfirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  if (!asking) {
    return (
      <button ref={firstRef} type="button" className="button button--danger-quiet" aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="confirm__actions">
        <button ref={confirmRef} type="button" className="button button--danger" disabled={busy} onClick={() => void handleConfirm()}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setAsking(false)}>
          {t('ui.cancel')}
        </button>
      </div>
    </div>
  );
}
