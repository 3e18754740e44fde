import { ArrowDown, ArrowUp } from 'lucide-react';
import './common.css';

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
  if (count < 2) return null;
  return (
    <span className="move-buttons" role="group" aria-label={`Move ${itemName}`}>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${itemName} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        <ArrowUp size={20} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${itemName} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDown size={20} aria-hidden="true" />
      </button>
    </span>
  );
}
