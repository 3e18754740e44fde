import { WifiOff } from 'lucide-react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ConnectionView } from '../collab/connectionView';
import './OfflineEditBanner.css';
import { useTranslation } from 'react-i18next';

interface Placement {
  readonly top: number;
  readonly left: number;
  readonly width: number;
}

function editableField(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || !element.closest('#main')) return null;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type)) return element;
  return null;
}

/**
 * While the connection is not live, a line right under the field being typed in says so:
 * the header may be out of sight of someone's eyes, the field never is. It repeats what the
 * header's status already announced, so it is not a live region itself.
 */
export function OfflineEditBanner({ view, unsent }: { view: ConnectionView; unsent: number }) {
  const { t } = useTranslation();
  const [placement, setPlacement] = useState<Placement | null>(null);
  // Once live, what is typed goes out at once, even while earlier changes are being confirmed.
  const active = !view.live;

  useEffect(() => {
    if (!active) {
      setPlacement(null);
      return;
    }
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const field = editableField(document.activeElement);
        if (!field) return setPlacement(null);
        const rect = field.getBoundingClientRect();
        setPlacement({ top: rect.bottom + 4, left: Math.max(8, rect.left), width: Math.min(Math.max(rect.width, 260), window.innerWidth - 16) });
      });
    };
    place();
    document.addEventListener('focusin', place);
    document.addEventListener('focusout', place);
    document.addEventListener('input', place, true);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', place);
      document.removeEventListener('focusout', place);
      document.removeEventListener('input', place, true);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [active]);

  if (!active || !placement) return null;
  const waiting = unsent === 0 ? '' : t('ui.waiting', { count: unsent });
  return createPortal(
    <p className="offline-edit-banner" data-testid="offline-edit-banner" style={{ top: placement.top, left: placement.left, maxWidth: placement.width }}>
      <WifiOff size={16} aria-hidden="true" />
      <span>
        {t('ui.keptHere', { state: view.state === 'offline' ? t('ui.offline') : t('ui.notConnected') })}
        {waiting}
      </span>
    </p>,
    document.body,
  );
}
