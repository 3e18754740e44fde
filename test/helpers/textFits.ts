import type { Locator } from 'playwright-core';

/**
 * Whether words a person needs are drawn whole: measured from the boxes the browser laid out
 * (getBoundingClientRect of the text itself, not of its element), so text cut off by a box's
 * edge, an ellipsis or a line clamp is caught however the CSS cuts it.
 */

/** The words a block shows (screen-reader-only text left out), and those that do not fit inside it. */
export function blockText(block: Locator): Promise<{ shown: string; cut: string[] }> {
  return block.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const shown: string[] = [];
    const cut: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden')) continue;
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        shown.push(match[0]);
        // A word pushed past the last line a clamp or the box allows is laid out outside the box.
        const inside = [...range.getClientRects()].every((rect) => rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5);
        if (!inside) cut.push(match[0]);
      }
    }
    // An ellipsis or clamp shows fewer words than are laid out: the element scrolls.
    for (const inner of element.querySelectorAll<HTMLElement>('*:not(.visually-hidden)')) {
      if (inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 1) cut.push(`(${inner.className} is cut short)`);
    }
    return { shown: shown.join(' '), cut };
  });
}

/**
 * Everything in a form that cannot be read whole: a label's words outside the form, a field
 * narrower than the choice or words it shows (a select as wide as it would be left to size
 * itself to its option; text as wide as its words and padding), a field past the form's edge.
 */
export function formTextProblems(form: Locator): Promise<string[]> {
  return form.evaluate((element) => {
    const problems: string[] = [];
    const formBox = element.getBoundingClientRect();
    const within = (rect: DOMRect) => rect.left >= formBox.left - 0.5 && rect.right <= formBox.right + 0.5;
    for (const label of element.querySelectorAll('label')) {
      for (const node of label.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (![...range.getClientRects()].every(within)) problems.push(`label “${node.textContent.trim()}” runs past the form`);
      }
    }
    for (const field of element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')) {
      const name = field.labels?.[0]?.childNodes[0]?.textContent?.trim() ?? field.id;
      const box = field.getBoundingClientRect();
      if (!within(box)) problems.push(`${name} runs past the form`);
      const style = getComputedStyle(field);
      let needed: number;
      if (field instanceof HTMLSelectElement || field.type === 'time') {
        // The same control with only what it shows, sized by the browser to fit it.
        const probe = field.cloneNode(true) as HTMLSelectElement | HTMLInputElement;
        if (probe instanceof HTMLSelectElement) {
          probe.replaceChildren(field instanceof HTMLSelectElement ? field.selectedOptions[0]!.cloneNode(true) : '');
        }
        probe.removeAttribute('id');
        Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', width: 'auto', minWidth: '0', maxWidth: 'none' });
        field.parentElement!.append(probe);
        needed = probe.getBoundingClientRect().width;
        probe.remove();
      } else {
        const words = document.createElement('span');
        words.textContent = field.value || field.placeholder;
        Object.assign(words.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'pre', font: style.font, letterSpacing: style.letterSpacing });
        document.body.append(words);
        needed = words.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
        words.remove();
      }
      const shows = field instanceof HTMLSelectElement ? field.selectedOptions[0]?.text : field.value || field.placeholder || field.type;
      if (box.width + 0.5 < needed) problems.push(`${name} shows “${shows}” in ${Math.round(box.width)} px; it needs ${Math.round(needed)}`);
    }
    return problems;
  });
}
