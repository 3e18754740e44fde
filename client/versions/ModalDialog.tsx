import { X } from 'lucide-react';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './ModalDialog.css';
import { useTranslation } from 'react-i18next';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons kept in view at the bottom, whatever the scroll position of the content. */
  footer?: ReactNode;
}

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native <dialog> (showModal makes the page behind inert). Tab and
 * Shift+Tab also wrap inside it, Escape closes, and focus goes back where it was on close.
 * Mounted only while open: the parent decides when it exists.
 */
export function ModalDialog({ title, onClose, children, footer }: ModalDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Focus starts on the title, so a screen reader reads the dialog from the top.
    titleRef.current?.focus();
    // Escape fires "cancel"; the parent unmounts us instead of the browser closing the element.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // The opener may be gone (a Sign button disappears once signed); the parent then moves focus.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog ref={dialogRef} className="modal" aria-modal="true" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
      <div className="modal__header">
        <h2 className="modal__title" id={titleId} ref={titleRef} tabIndex={-1}>{title}</h2>
        <button type="button" className="button button--quiet modal__close" onClick={onClose}>
          <X size={20} aria-hidden="true" />
          <span className="visually-hidden">{t('versions.close')}</span>
        </button>
      </div>
      <div className="modal__body">{children}</div>
      {footer && <div className="modal__footer">{footer}</div>}
    </dialog>
  );
}
