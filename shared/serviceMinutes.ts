import type { ServiceView } from './schema/services';

/**
 * Required minutes per week of a plan service, read from its frequency and duration as people
 * write them ("2 × weekly" and "30 min", or "30 minutes, twice a week", "daily", "1 hour
 * weekly") when the team has not entered the weekly minutes as a number. Null when the
 * service does not say (then no shortfall is claimed).
 */

const words: Record<string, number> = { once: 1, one: 1, twice: 2, two: 2, three: 3, thrice: 3, four: 4, five: 5 };

function minutesPerSession(text: string): number | null {
  const hours = /(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\b/i.exec(text);
  const minutes = /(\d+)\s*(?:m|min|mins|minute|minutes)\b/i.exec(text);
  if (!hours && !minutes) return null;
  return Math.round((hours ? Number(hours[1]) * 60 : 0) + (minutes ? Number(minutes[1]) : 0));
}

function sessionsPerWeek(text: string): number | null {
  const lower = text.toLowerCase();
  const perWeek = /\b(?:week|weekly|wk)\b/.test(lower);
  const perDay = /\b(?:daily|every day|each day|per day|a day)\b/.test(lower);
  if (!perWeek && !perDay) return null;
  const count = /(\d+)\s*(?:x|×|times|sessions?)\b/i.exec(text) ?? /(\d+)\s*(?:x|×)/i.exec(text);
  const word = /\b(once|twice|thrice|one|two|three|four|five)\b/.exec(lower);
  const n = count ? Number(count[1]) : word ? words[word[1]!]! : 1;
  return perDay ? n * 5 : n;
}

export function requiredWeeklyMinutes(service: Pick<ServiceView, 'frequency' | 'duration'> & { readonly minutesPerWeek?: number | null }): number | null {
  // The minutes the team entered as a number are the plan's word; the sentences only a fallback.
  if (typeof service.minutesPerWeek === 'number') return service.minutesPerWeek;
  const both = `${service.frequency} ${service.duration}`;
  // "2 × 30 min weekly" keeps the count in the same field as the minutes: drop the minutes first.
  const perSession = minutesPerSession(service.duration) ?? minutesPerSession(service.frequency);
  const count = sessionsPerWeek(service.frequency.replace(/(\d+)\s*(?:m|min|mins|minute|minutes)\b/gi, '')) ?? sessionsPerWeek(both.replace(/(\d+)\s*(?:m|min|mins|minute|minutes)\b/gi, ''));
  if (perSession === null || count === null) return null;
  // "120 minutes weekly" names a total, not a session length.
  if (/\b(?:per|a|each)\s+week\b|\bweekly\b/i.test(service.duration) && !/(\d+)\s*(?:x|×|times)/i.test(both)) return perSession;
  return perSession * count;
}

/**
 * The minutes of one session, from the duration as people write it ("45 min", "1 hour"); null
 * when it does not say, or names a weekly total ("120 minutes weekly"). The service log offers
 * it as a logged session's length.
 */
export function sessionMinutes(service: Pick<ServiceView, 'duration'>): number | null {
  if (/\b(?:per|a|each)\s+week\b|\bweekly\b/i.test(service.duration)) return null;
  const minutes = minutesPerSession(service.duration);
  return minutes !== null && minutes > 0 && minutes <= 480 ? minutes : null;
}
