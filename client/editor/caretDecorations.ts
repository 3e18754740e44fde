import type { DecorationAttrs } from '@tiptap/pm/view';

/**
 * How other people's carets and selections look. Same classes as the caret extension's
 * defaults (styled in editor.css); the label is hidden from screen readers because it sits
 * inside the text, where reading it aloud would garble the sentence. The presence list names
 * everyone instead.
 */
interface CaretUser {
  name?: unknown;
  color?: unknown;
}

function safeColor(color: unknown): string {
  return typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#4a5752';
}

export function renderCaret(user: CaretUser): HTMLElement {
  const color = safeColor(user.color);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  caret.style.color = color;

  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === 'string' ? user.name : 'Someone';
  caret.append(label);
  return caret;
}

export function renderSelection(user: CaretUser): DecorationAttrs {
  // A light tint (about 20 %) keeps the selected words readable under someone else's selection.
  return {
    nodeName: 'span',
    class: 'collaboration-carets__selection',
    style: `background-color: ${safeColor(user.color)}33`,
  };
}
