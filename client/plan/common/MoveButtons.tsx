import { ArrowDown, ArrowUp } from 'lucide-react';
import './common.css';
import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** Names the item in the button labels, e.g. "goal 2". */
  readonly itemName: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (toIndex: number) => void;
}

/**
 * Up and down instead of drag and drop: they work with a keyboard, a switch or a screen
 * reader, and focus stays on the pressed button so an item can be moved several places.
 */
export function MoveButtons({ itemName, index, count, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  if (count < 2) return null;
  return (
    <span className="move-buttons" role="group" aria-label={t('planEdit.move', { item: itemName })}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('planEdit.moveUp', { item: itemName })}
        title={t('planEdit.moveUpShort')}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        <ArrowUp size={20} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('planEdit.moveDown', { item: itemName })}
        title={t('planEdit.moveDownShort')}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDown size={20} aria-hidden="true" />
      </button>
    </span>
  );
}
