import { CircleAlert, CloudCheck, LoaderCircle, WifiOff, type LucideIcon } from 'lucide-react';
import type { ConnectionStateName, ConnectionView } from '../collab/connectionView';
import './ConnectionStatus.css';
import { useTranslation } from 'react-i18next';

const icons: Record<ConnectionStateName, LucideIcon> = {
  connected: CloudCheck,
  connecting: LoaderCircle,
  offline: WifiOff,
  error: CircleAlert,
};

/** Always visible, always in words: colour and icon only repeat what the text says. */
export function ConnectionStatus({ view, unsent = 0 }: { view: ConnectionView; unsent?: number }) {
  const { t } = useTranslation();
  const Icon = icons[view.state];
  return (
    <div className="connection-status__group">
      <p className="connection-status" data-testid="connection-state" data-state={view.state} role="status" title={view.label}>
        <Icon className="connection-status__icon" size={18} aria-hidden="true" />
        <span className="connection-status__label">{view.label}</span>
      </p>
      {/* Outside the live region: offline it changes with every keystroke, which no one wants read out. */}
      {unsent > 0 && (
        <p className="connection-status__unsent" data-testid="unsent-count">
          {t('ui.unsent', { count: unsent })}
        </p>
      )}
    </div>
  );
}
