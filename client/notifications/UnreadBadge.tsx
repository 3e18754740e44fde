import { AtSign, MessageSquare } from 'lucide-react';
import type { UnreadCount } from '../../shared/notifications';
import './UnreadBadge.css';

/** "3 unread · 1 mentions you": in words, so it reads the same without the icons or colour. */
export function UnreadBadge({ count }: { count: UnreadCount | undefined }) {
  if (!count || count.unread === 0) return null;
  return (
    <span className="unread-badge" data-testid="unread-badge">
      <span className="unread-badge__part">
        <MessageSquare size={16} aria-hidden="true" />
        {count.unread === 1 ? '1 unread conversation' : `${count.unread} unread conversations`}
      </span>
      {count.mentions > 0 && (
        <span className="unread-badge__part unread-badge__part--mention">
          <AtSign size={16} aria-hidden="true" />
          {count.mentions === 1 ? '1 mentions you' : `${count.mentions} mention you`}
        </span>
      )}
    </span>
  );
}
