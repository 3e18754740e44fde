/**
 * Times on comments. Recent ones read as people say them ("5 minutes ago"), older ones as a
 * date; the exact moment is always in the `<time>` element's title and datetime.
 */
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export function formatCommentTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const ago = now.getTime() - date.getTime();
  if (ago < minute) return 'just now';
  if (ago < hour) return relative.format(-Math.round(ago / minute), 'minute');
  if (ago < day) return relative.format(-Math.round(ago / hour), 'hour');
  if (ago < 7 * day) return relative.format(-Math.round(ago / day), 'day');
  return date.getFullYear() === now.getFullYear() ? sameYear.format(date) : otherYear.format(date);
}

export function formatExactTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : exact.format(date);
}
