import { isSectionId, type FieldRef, type ThreadAnchor, type ThreadView } from '../../shared/schema';
import { sectionLabels } from '../i18n/vocabulary';
import { i18n } from '../i18n/i18n';

/** Where a thread lives, in the words the plan's section headings use. */
export function sectionLabelOf(ref: FieldRef): string {
  if (ref.doc.startsWith('meeting:') || ref.section === 'meeting') return i18n.t('comments.meeting');
  return isSectionId(ref.section) ? sectionLabels[ref.section] : i18n.t('comments.plan');
}

/** A stable key for the section filter: plan sections by id, every meeting as one group. */
export function sectionKeyOf(ref: FieldRef): string {
  return ref.doc.startsWith('meeting:') || ref.section === 'meeting' ? 'meeting' : ref.section;
}

/** What the thread is about, as a short line of text. */
export function anchorText(anchor: ThreadAnchor): string {
  if (anchor.kind === 'item') return anchor.label.trim() || i18n.t('comments.anItem');
  return anchor.quote.trim() || i18n.t('comments.aPassage');
}

export function threadTitle(thread: ThreadView): string {
  return `${sectionLabelOf(thread.anchor.ref)}: ${anchorText(thread.anchor)}`;
}

/** The first words of the opening comment, for the list. */
export function openingExcerpt(thread: ThreadView, length = 140): string {
  const first = thread.comments[0];
  if (!first) return '';
  if (first.deleted) return i18n.t('comments.deleted');
  const flat = first.body.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

export function latestActivity(thread: ThreadView): string {
  return thread.comments.at(-1)?.createdAt ?? thread.createdAt;
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
