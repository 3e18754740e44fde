import { Component, type HTMLAttributes, type ReactNode, type RefObject } from 'react';
import { sticksInPlace } from '../outline/sticksInPlace';

interface KeepReaderInPlaceProps extends HTMLAttributes<HTMLDivElement> {
  /** The box's element, also measured by the plan (the bars' heights) and sticky in its CSS. */
  readonly boxRef: RefObject<HTMLDivElement | null>;
  readonly children: ReactNode;
}

/** Something the person may be looking at, and how far down the window it was. */
interface Seen {
  readonly element: Element;
  readonly top: number;
}

interface BeforeChange {
  readonly boxHeight: number;
  /** Most likely looked at first. */
  readonly seen: readonly Seen[];
}

/** Across the page, where to look for what sits just under the box: a plan may have a meeting beside it. */
const acrossThePage = [0.1, 0.3, 0.5, 0.7, 0.9];

/**
 * A box near the top of the page that grows, shrinks or empties without moving what the person
 * is reading or typing in further down: when its height changes, the page scrolls by as much as
 * that moved. Browsers that anchor the scroll themselves (Chromium, Firefox) will have done it
 * already, and then nothing is left to scroll; Safari does not, so without this its readers'
 * words jumped by the box's height. Noted before React changes the page, which only a class
 * component can do (getSnapshotBeforeUpdate).
 */
export class KeepReaderInPlace extends Component<KeepReaderInPlaceProps> {
  override getSnapshotBeforeUpdate(): BeforeChange | null {
    const box = this.props.boxRef.current;
    if (!box) return null;
    const seen = likelyLookedAt(box).map((element) => ({ element, top: element.getBoundingClientRect().top }));
    return { boxHeight: box.getBoundingClientRect().height, seen };
  }

  override componentDidUpdate(_props: KeepReaderInPlaceProps, _state: unknown, before: BeforeChange | null): void {
    const box = this.props.boxRef.current;
    // Most updates leave the box as it was; only a change of its height moves anything.
    if (!before || !box || box.getBoundingClientRect().height === before.boxHeight) return;
    const held = before.seen.find(({ element }) => element.isConnected && !sticksInPlace(element));
    if (!held) return;
    const moved = held.element.getBoundingClientRect().top - held.top;
    // Less than a pixel is layout rounding, not a move anyone sees.
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }

  override render() {
    const { boxRef, children, ...attributes } = this.props;
    return (
      <div ref={boxRef} {...attributes}>
        {children}
      </div>
    );
  }
}

/**
 * First the field or button the person is working in, while on screen; then, as browsers that
 * anchor the scroll choose, whatever comes first in reading order just under the box. A box
 * still at its own place in the page (a phone at the top of the plan) is in sight: it opens
 * where the person is looking, as anything added there would, and only the focus is held.
 */
function likelyLookedAt(box: HTMLElement): Element[] {
  const found: Element[] = [];
  const focused = document.activeElement;
  if (focused && focused !== document.body && !box.contains(focused) && onScreen(focused)) found.push(focused);
  const { top, bottom } = box.getBoundingClientRect();
  const stuckAt = Number.parseFloat(getComputedStyle(box).top) || 0;
  if (top > stuckAt + 1) return found;
  const hits = acrossThePage.map((share) => document.elementFromPoint(window.innerWidth * share, bottom + 1));
  const under = [...new Set(hits)]
    .filter((element): element is Element => element !== null && !box.contains(element))
    .sort((first, second) => (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return [...found, ...under];
}

function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
