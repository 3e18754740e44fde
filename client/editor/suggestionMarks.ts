import { Mark } from '@tiptap/core';
import { suggestionMarks } from '../../shared/schema/suggestions';
import { formatMoment } from '../i18n/dates';
import { i18n } from '../i18n/i18n';

const colorPattern = /^#[0-9a-fA-F]{6}$/;

/** Stored on the mark, read back from the stored document; never rendered as raw attributes. */
const attribute = (name: string, fallback: string) => ({
  default: fallback,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-suggestion-${name}`) ?? fallback,
  renderHTML: () => ({}),
});

const suggestionAttributes = () => ({
  id: attribute('id', ''),
  userId: attribute('user', ''),
  name: attribute('name', ''),
  role: attribute('role', 'parent'),
  color: attribute('color', '#4a5752'),
  at: attribute('at', ''),
});

function timeOf(at: unknown): string {
  const date = typeof at === 'string' ? new Date(at) : null;
  return date && !Number.isNaN(date.getTime()) ? formatMoment(at as string) : '';
}

function rendered(kind: 'insert' | 'delete', attrs: Record<string, unknown>): Record<string, string> {
  const color = typeof attrs.color === 'string' && colorPattern.test(attrs.color) ? attrs.color : '#4a5752';
  const name = typeof attrs.name === 'string' && attrs.name ? attrs.name : 'Someone';
  const when = timeOf(attrs.at);
  return {
    class: `suggestion suggestion--${kind}`,
    style: `--suggestion-color: ${color}`,
    'data-suggestion-id': typeof attrs.id === 'string' ? attrs.id : '',
    'data-suggestion-name': name,
    title: when
      ? i18n.t('closeMessages.suggestedAt', { who: i18n.t(kind === 'insert' ? 'closeMessages.suggested' : 'closeMessages.suggestedRemoval', { name }), when })
      : i18n.t(kind === 'insert' ? 'closeMessages.suggested' : 'closeMessages.suggestedRemoval', { name }),
  };
}

/**
 * Words someone proposes to add. Not inclusive: typing right after a suggestion does not join
 * it unless the suggesting plugin says so (it reuses the id of your own adjacent suggestion).
 */
export const SuggestInsert = Mark.create({
  name: suggestionMarks.insert,
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: ({ mark }) => ['ins', rendered('insert', mark.attrs), 0],
});

/** Words someone proposes to remove: they stay, struck through, until a decision. */
export const SuggestDelete = Mark.create({
  name: suggestionMarks.delete,
  inclusive: false,
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: ({ mark }) => ['del', rendered('delete', mark.attrs), 0],
});
