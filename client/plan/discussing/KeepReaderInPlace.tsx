import { Component, type HTMLAttributes, type ReactNode, type RefObject } from 'react';

interface KeepReaderInPlaceProps extends HTMLAttributes<HTMLDivElement> {
  /** The box's element, also measured by the plan (the bars' heights) and sticky in its CSS. */
  readonly boxRef: RefObject<HTMLDivElement | null>;
  readonly children: ReactNode;
}

/** What the person is looking at, and how far down the window it was before the change. */
interface Held {
  readonly element: Element;
  readonly top: number;
}

/**
 * A box near the top of the page that grows, shrinks or empties without moving what the person
 * is reading or typing in further down: after each change, the page scrolls by as much as that
 * moved. Browsers that anchor the scroll themselves (Chromium, Firefox) will have done it
 * already, and then nothing is left to scroll; Safari does not, so without this its readers'
 * words jumped by the box's height. Taken before React changes the page, which only a class
 * component can do (getSnapshotBeforeUpdate).
 */
export class KeepReaderInPlace extends Component<KeepReaderInPlaceProps> {
  override getSnapshotBeforeUpdate(): Held | null {
    const box = this.props.boxRef.current;
    const element = box && heldElement(box);
    return element ? { element, top: element.getBoundingClientRect().top } : null;
  }

  override componentDidUpdate(_props: KeepReaderInPlaceProps, _state: unknown, held: Held | null): void {
    if (!held?.element.isConnected) return;
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

function heldElement(box: HTMLElement): Element | null {
  // The field or button the person is working in, when it is on screen below the box: the
  // browser's own scroll anchoring favours the focused field in the same way.
  const focused = document.activeElement;
  const focusedBelow = focused && focused !== document.body && box.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING;
  if (focused && focusedBelow && !box.contains(focused) && onScreen(focused)) return focused;
  // A box still at its own place in the page (a phone at the top of the plan) is in sight: it
  // opens where the person is looking, as anything added there would.
  const stuckAt = Number.parseFloat(getComputedStyle(box).top) || 0;
  if (box.getBoundingClientRect().top > stuckAt + 1) return null;
  // Otherwise it is stuck above the plan, and the plan that follows it is what is being read.
  return box.nextElementSibling;
}

function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
