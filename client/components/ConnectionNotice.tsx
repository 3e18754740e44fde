import { RefreshCw, TriangleAlert } from 'lucide-react';
import type { ConnectionNotice as Notice } from '../collab/connectionView';
import './ConnectionNotice.css';

interface ConnectionNoticeProps {
  notice: Notice | null;
  onRetry: () => void;
}

/** The longer explanation when something needs the person's attention. */
export function ConnectionNotice({ notice, onRetry }: ConnectionNoticeProps) {
  // The alert region stays mounted so assistive technology announces the text when it appears.
  return (
    <div className="connection-notice-region" role="alert">
      {notice && (
        <div className="connection-notice" data-testid="connection-notice">
          <TriangleAlert className="connection-notice__icon" size={22} aria-hidden="true" />
          <div className="connection-notice__text">
            <p className="connection-notice__title">{notice.title}</p>
            <p>{notice.message}</p>
          </div>
          {notice.canRetry && (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              <RefreshCw size={18} aria-hidden="true" /> Try again
            </button>
          )}
        </div>
      )}
    </div>
  );
}
