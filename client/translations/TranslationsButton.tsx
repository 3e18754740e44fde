import { Languages } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TranslationsPanel } from './TranslationsPanel';
import './translations.css';

/**
 * "Translations" beside the plan's tools: every part of the plan the team has written, with its
 * translations of record. Interpreters, who cannot edit the plan, work from here.
 */
export function TranslationsButton({ workspaceId, canTranslate, canExport }: { workspaceId: string; canTranslate: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="translations">
      <button type="button" className="button translations__button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="translations-button">
        <Languages size={16} aria-hidden="true" /> {t('translations.button')}
      </button>
      {open && <TranslationsPanel workspaceId={workspaceId} canTranslate={canTranslate} canExport={canExport} />}
    </div>
  );
}
