import type { Page } from 'playwright-core';

/**
 * The boxes on a page that cut their own words short: a text box whose value is wider than the
 * box, and a choice whose chosen words are (measured in the choice's own font against its box,
 * less its padding and the arrow). Each is named by its id or label, with the words and width.
 */
export function cutShort(page: Page, within = 'main'): Promise<string[]> {
  return page.evaluate((scope) => {
    const measure = document.createElement('canvas').getContext('2d')!;
    const shown = (element: HTMLElement) => element.offsetParent !== null;
    const name = (element: HTMLElement) => element.id || element.getAttribute('aria-label') || element.closest('label')?.textContent?.trim().slice(0, 40) || element.tagName;
    const inputs = [...document.querySelectorAll<HTMLInputElement>(`${scope} input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=date]):not([type=time]):not([type=datetime-local])`)]
      .filter((input) => shown(input) && input.scrollWidth > input.clientWidth + 1)
      .map((input) => `${name(input)}: "${input.value}" ${input.scrollWidth}/${input.clientWidth}`);
    const choices = [...document.querySelectorAll<HTMLSelectElement>(`${scope} select`)]
      .filter((select) => shown(select) && select.selectedIndex >= 0)
      .filter((select) => {
        const style = getComputedStyle(select);
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return measure.measureText(select.options[select.selectedIndex]!.text).width > room;
      })
      .map((select) => `${name(select)}: "${select.options[select.selectedIndex]!.text}" in ${select.clientWidth} px`);
    return [...inputs, ...choices];
  }, within);
}
