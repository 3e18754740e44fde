import { AtSign, MessageSquare } from 'lucide-react';
import type { UnreadCount } from '../../shared/notifications';
import './UnreadBadge.css';
import { useTranslation } from 'react-i18next';

/** "3 unread · 1 mentions you": in words, so it reads the same without the icons or colour. */
export function UnreadBadge({ count }: { count: UnreadCount | undefined }) {
  const { t } = useTranslation();
  if (!count || count.unread === 0) return null;
  return (
    <span className="unread-badge" data-testid="unread-badge">
      <span className="unread-badge__part">
        <MessageSquare size={16} aria-hidden="true" />
        {t('settingsCards.unread', { count: count.unread })}
      </span>
      {count.mentions > 0 && (
        <span className="unread-badge__part unread-badge__part--mention">
          <AtSign size={16} aria-hidden="true" />
          {t('settingsCards.mentions', { count: count.mentions })}
        </span>
      )}
    </span>
  );
}
