import { Link2Off } from 'lucide-react';
import type { ThreadAnchor } from '../../shared/schema';
import { anchorText } from './threadLabels';
import './AnchorSummary.css';
import { useTranslation } from 'react-i18next';

interface AnchorSummaryProps {
  anchor: ThreadAnchor;
  /** False when a text anchor's words were removed from the plan. */
  attached: boolean;
}

/** What a thread is about: the quoted words, or the item's name; says so plainly when detached. */
export function AnchorSummary({ anchor, attached }: AnchorSummaryProps) {
  const { t } = useTranslation();
  return (
    <span className="anchor-summary">
      {anchor.kind === 'text' ? (
        <q className={attached ? 'anchor-summary__quote' : 'anchor-summary__quote anchor-summary__quote--gone'}>{anchorText(anchor)}</q>
      ) : (
        <span className="anchor-summary__item">{anchorText(anchor)}</span>
      )}
      {!attached && (
        <span className="anchor-summary__detached">
          <Link2Off size={16} aria-hidden="true" />
          {t('comments.detached')}
        </span>
      )}
    </span>
  );
}
