import { formatAgo, formatMoment } from '../i18n/dates';

/**
 * Times on comments. Recent ones read as people say them ("5 minutes ago"), older ones as a
 * date; the exact moment is always in the `<time>` element's title and datetime. Both in the
 * reader's language, on the workspace's clock.
 */
export function formatCommentTime(iso: string, now: Date = new Date()): string {
  return formatAgo(iso, now);
}

export function formatExactTime(iso: string): string {
  return formatMoment(iso, undefined, 'full');
}
