import { ChevronDown, Download } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { exportFormats, type ExportFormat } from './versionsApi';
import './ExportMenu.css';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { translateKey } from '../i18n/translatedRecord';

// Format names that are the same in every language stay as they are; the rest come from the catalog.
const formatLabels: Record<ExportFormat, { name: string | ParseKeys; use: ParseKeys }> = {
  pdf: { name: 'PDF', use: 'versions.pdfUse' },
  docx: { name: 'versions.docxName', use: 'versions.docxUse' },
  html: { name: 'versions.htmlName', use: 'versions.htmlUse' },
  md: { name: 'Markdown', use: 'versions.mdUse' },
};

interface ExportMenuProps {
  hrefFor(format: ExportFormat): string;
  /** What is downloaded, e.g. "version 2, Annual IEP": names the button and the menu for screen readers. */
  label: string;
  canExport: boolean;
}

/**
 * "Download a copy" as a menu button (WAI-ARIA menu button pattern): Enter, Space or Down
 * opens on the first format, Up on the last; arrows, Home and End move; Escape closes and
 * returns to the button. Each item is a plain download link: the browser saves the file.
 */
export function ExportMenu({ hrefFor, label, canExport }: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const reasonId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const focusOnOpen = useRef<number>(0);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[focusOnOpen.current]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (!canExport) {
    return (
      <div className="export-menu">
        <button type="button" className="button button--secondary" aria-disabled="true" aria-describedby={reasonId}>
          <Download size={20} aria-hidden="true" /> {t('versions.download')}
          <span className="visually-hidden">{t('versions.ofVersion', { version: label })}</span>
        </button>
        <p className="export-menu__reason" id={reasonId}>
          {t('versions.cannotDownload')}
        </p>
      </div>
    );
  }

  function openAt(index: number) {
    focusOnOpen.current = index;
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function handleButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(exportFormats.length - 1);
    }
  }

  function handleMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const items = itemRefs.current;
    const current = items.findIndex((item) => item === document.activeElement);
    const last = exportFormats.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === ' ') {
      // Space activates a menu item like Enter does; a link alone would scroll the page.
      event.preventDefault();
      items[current]?.click();
    }
  }

  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={handleButtonKey}
      >
        <Download size={20} aria-hidden="true" /> {t('versions.download')}
        <span className="visually-hidden">{t('versions.ofVersion', { version: label })}</span>
        <ChevronDown size={18} aria-hidden="true" />
      </button>
      {open && (
        <div className="export-menu__popup">
          <ul className="export-menu__list" role="menu" id={menuId} aria-labelledby={buttonId} onKeyDown={handleMenuKey}>
            {exportFormats.map((format, index) => (
              <li key={format} role="none">
                <a
                  ref={(element) => {
                    itemRefs.current[index] = element;
                  }}
                  role="menuitem"
                  tabIndex={-1}
                  className="export-menu__item"
                  href={hrefFor(format)}
                  download
                  onClick={() => close(true)}
                >
                  <span className="export-menu__name">{translateKey(formatLabels[format].name as ParseKeys)}</span>
                  <span className="export-menu__use">{translateKey(formatLabels[format].use)}</span>
                </a>
              </li>
            ))}
          </ul>
          <p className="export-menu__note">{t('versions.downloadRecorded')}</p>
        </div>
      )}
    </div>
  );
}
