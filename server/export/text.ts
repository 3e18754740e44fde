import type { Author } from '../../shared/schema';
import { roleDefinitions, type Role, type Setting } from '../../shared/roles';
import type { Run } from './outline';
import { defaultTimeZone, localMoment } from '../../shared/timeZone';

/**
 * Text helpers shared by the outline builders: cleaning what members typed, and the plain
 * words and dates a parent reads. Month names and the clock are written out by hand; only the
 * zone arithmetic and its abbreviation come from Intl, so the words do not depend on locale data.
 */

// C0/C1 control characters other than tab and newline are invalid in XML (a DOCX part would be
// corrupt) and invisible everywhere else; lone surrogates cannot be encoded at all.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a member typed, made safe to carry into any format: newlines kept, controls removed. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(controlCharacters, '')
    .replace(loneSurrogates, '\uFFFD');
}

/** One line: for titles and table labels where a newline would break the layout. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s*\n\s*/g, ' ').trim();
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "March 4, 2025" from `YYYY-MM-DD` (a date without a time stays that date) or from an ISO
 * date-time, read in `timeZone` (the workspace's); '' when absent.
 */
export function formatDate(value: string, timeZone: string = defaultTimeZone): string {
  const match = dateOnly.exec(value.trim());
  if (match) {
    const [, year, month, day] = match;
    const name = months[Number(month) - 1];
    if (name) return `${name} ${Number(day)}, ${year}`;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return cleanLine(value);
  const local = localMoment(new Date(time), timeZone);
  return `${months[local.month - 1] ?? ''} ${local.day}, ${local.year}`;
}

/** "Sep 2, 2025": for narrow table columns. */
export function formatShortDate(value: string, timeZone: string = defaultTimeZone): string {
  const long = formatDate(value, timeZone);
  const match = /^([A-Z][a-z]+) (\d{1,2}, \d{4})$/.exec(long);
  return match ? `${match[1]?.slice(0, 3) ?? ''} ${match[2] ?? ''}` : long;
}

/** "December 3, 2025, 6:30 PM CST": local to the workspace, with the zone's abbreviation. */
export function formatDateTime(value: string, timeZone: string = defaultTimeZone): string {
  if (dateOnly.test(value.trim())) return formatDate(value);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return cleanLine(value);
  const local = localMoment(new Date(time), timeZone);
  const clock = `${local.hour % 12 === 0 ? 12 : local.hour % 12}:${String(local.minute).padStart(2, '0')} ${local.hour < 12 ? 'AM' : 'PM'}`;
  return `${months[local.month - 1] ?? ''} ${local.day}, ${local.year}, ${clock} ${local.zone}`;
}

/** A fixed, valid Date from an ISO string, or the fallback. */
export function dateOf(value: string | undefined, fallback: Date): Date {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? fallback : new Date(time);
}

/**
 * The date a live copy (a draft, meeting notes, a progress report) says it was made: the moment
 * of export the route passes, else now. A reader comparing two printed drafts must be able to
 * tell which is newer; a fixed date (it was once 1 January 2000) told them nothing true.
 */
export function madeAtDate(madeAt: string | undefined): Date {
  return dateOf(madeAt, new Date());
}

export const settingLabels: Record<Setting, string> = {
  school: 'School',
  clinic: 'Clinic',
  home: 'Home',
};

export function roleLabel(role: Role | null): string {
  return role ? roleDefinitions[role].label : 'Role not recorded';
}

/** "Added by Priya Nair, school": whose words these are (FERPA/HIPAA provenance). */
export function addedBy(author: Author | null, verb = 'Added by'): Run[] {
  if (!author) return [];
  return [{ text: `${verb} ${cleanLine(author.name)}, ${settingLabels[author.setting].toLowerCase()}`, muted: true }];
}

/** The runs of a plain value, or a muted "Not filled in" so a blank never reads as missing data. */
export function valueRuns(value: string, empty = 'Not filled in'): Run[] {
  const text = cleanText(value).trim();
  return text ? [{ text }] : [{ text: empty, muted: true, italic: true }];
}

export function joinLabels(labels: readonly string[], empty = 'None recorded'): string {
  return labels.length > 0 ? labels.join(', ') : empty;
}
