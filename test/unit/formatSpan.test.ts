import { describe, expect, it } from 'vitest';
import { formatSpan } from '../../shared/i18n/format';

/** How far away a date is, as a person says it: days while they count, then months, then years. */
describe('a stretch of days in words', () => {
  it('counts days under two months, months under two years, then years', () => {
    expect([1, 12, 59].map((days) => formatSpan('en', days))).toEqual(['1 day', '12 days', '59 days']);
    expect([60, 220, 365, 729].map((days) => formatSpan('en', days))).toEqual(['2 months', '7 months', '12 months', '24 months']);
    expect([730, 1212, 1943].map((days) => formatSpan('en', days))).toEqual(['2 years', '3 years', '5 years']);
  });

  it('reads the same whichever way the date lies, and speaks Spanish', () => {
    expect(formatSpan('en', -220)).toBe('7 months');
    expect([1, 220, 1212].map((days) => formatSpan('es', days))).toEqual(['1 día', '7 meses', '3 años']);
  });
});
