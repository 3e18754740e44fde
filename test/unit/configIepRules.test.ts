import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('IEP rules in the configuration', () => {
  it('defaults to the federal ages and UTC', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({ transitionAge: 16, majorityAge: 18, schoolTimeZone: 'UTC' });
  });

  it('takes a state’s ages and the schools’ time zone', () => {
    expect(loadConfig({ TRANSITION_AGE: '14', MAJORITY_AGE: '19', SCHOOL_TIME_ZONE: 'America/Chicago' }, '/srv')).toMatchObject({
      transitionAge: 14,
      majorityAge: 19,
      schoolTimeZone: 'America/Chicago',
    });
  });

  it('names every bad value at once', () => {
    try {
      loadConfig({ TRANSITION_AGE: 'sixteen', MAJORITY_AGE: '40', SCHOOL_TIME_ZONE: 'Mars/Olympus' }, '/srv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        expect.stringContaining('TRANSITION_AGE'),
        expect.stringContaining('MAJORITY_AGE'),
        expect.stringContaining('SCHOOL_TIME_ZONE'),
      ]);
    }
  });
});
