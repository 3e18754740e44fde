import { CircleAlert, CloudCheck, LoaderCircle, WifiOff, type LucideIcon } from 'lucide-react';
import type { ConnectionStateName, ConnectionView } from '../collab/connectionView';
import './ConnectionStatus.css';

const icons: Record<ConnectionStateName, LucideIcon> = {
  connected: CloudCheck,
  connecting: LoaderCircle,
  offline: WifiOff,
  error: CircleAlert,
};

/** Always visible, always in words: colour and icon only repeat what the text says. */
export function ConnectionStatus({ view }: { view: ConnectionView }) {
  const Icon = icons[view.state];
  return (
    <p
      className="connection-status"
      data-testid="connection-state"
      data-state={view.state}
      role="status"
      title={view.label}
    >
      <Icon className="connection-status__icon" size={18} aria-hidden="true" />
      <span className="connection-status__label">{view.label}</span>
    </p>
  );
}
