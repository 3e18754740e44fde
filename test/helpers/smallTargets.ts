import type { Page } from 'playwright-core';

/**
 * The controls on a page a person taps or clicks that are smaller than `minimum` CSS px in
 * either dimension, each named with its kind, class, words and size (alike ones once, counted),
 * so one run names them all.
 *
 * What counts: buttons, links, text fields, choices (select), disclosure summaries, elements
 * with a control role, checkboxes and radios. A checkbox or radio is measured by its label when it has one,
 * since the label is what a finger aims at and it toggles the box too.
 *
 * Left out, by WCAG 2.5.8's inline exception: a link inside running text (a link in a
 * sentence, or a button that reads as one, like "New here? Create an account"), whose size is
 * set by the line of text it sits in. It counts as inline when it is displayed inline (a flex
 * or grid item never is) and the block around it holds words of its own beside the controls.
 * Also left out: what is hidden or shown to screen readers only, what is disabled, and the text
 * being edited (links inside a rich-text field are part of its text).
 */
export function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((least) => {
    const controls = [
      'button', 'select', 'summary', 'a[href]', 'textarea', 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])', 'input[type="checkbox"]', 'input[type="radio"]', 'input[type="file"]',
      '[role="button"]', '[role="tab"]', '[role="menuitem"]', '[role="menuitemradio"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="link"]',
    ].join(', ');
    const unseen = (element: Element) => {
      // Hidden, or inside a closed disclosure (whose content keeps its boxes in Chromium).
      if (!element.checkVisibility({ visibilityProperty: true })) return true;
      for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
        const { width, height } = box.getBoundingClientRect();
        if (width <= 1 || height <= 1) return true;
      }
      return false;
    };
    const isBlock = (element: Element) => !getComputedStyle(element).display.startsWith('inline');
    /** The words of a block that are not inside a control: running text, when it has letters. */
    const ownWords = (block: Element) => {
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll('a, button, select, input, label, [role="button"]').forEach((control) => control.remove());
      return /\p{L}{2,}/u.test(copy.textContent ?? '');
    };
    const isInlineLink = (element: Element) => {
      if (!['A', 'BUTTON'].includes(element.tagName) || isBlock(element)) return false;
      let block = element.parentElement;
      while (block && !isBlock(block)) block = block.parentElement;
      return block !== null && ownWords(block);
    };
    /** What a finger hits: a checkbox's or radio's label where it has one. */
    const target = (element: HTMLElement): HTMLElement => {
      if (!(element instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(element.type)) return element;
      return element.closest('label') ?? element.labels?.[0] ?? element;
    };
    const name = (element: HTMLElement) => {
      const words = element.getAttribute('aria-label') || element.textContent?.trim() || element.getAttribute('title') || (element as HTMLInputElement).labels?.[0]?.textContent?.trim() || '';
      return words.replace(/\s+/g, ' ').slice(0, 48);
    };
    const describe = (element: HTMLElement) => {
      const classes = [...element.classList].filter((name) => !name.includes('--')).slice(0, 2).join('.');
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${name(element)}”`;
    };

    const counts = new Map<string, number>();
    const measured = new Set<HTMLElement>();
    for (const control of document.querySelectorAll<HTMLElement>(controls)) {
      // Nothing happens when a disabled control is tapped, and a disabled choice reads as text.
      if (control.closest('[contenteditable="true"]') || control.matches(':disabled')) continue;
      const hit = target(control);
      if (measured.has(hit) || unseen(hit) || isInlineLink(hit)) continue;
      measured.add(hit);
      const { width, height } = hit.getBoundingClientRect();
      if (width >= least - 0.5 && height >= least - 0.5) continue;
      const found = `${describe(hit)} ${Math.round(width)} × ${Math.round(height)} px`;
      counts.set(found, (counts.get(found) ?? 0) + 1);
    }
    return [...counts].map(([found, count]) => (count > 1 ? `${found} (×${count})` : found));
  }, minimum);
}
