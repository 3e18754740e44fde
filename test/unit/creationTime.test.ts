import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { creationTime } from '../../server/data/creationTime';

describe('creationTime', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands out later and later times for rows created in the same millisecond', () => {
    vi.setSystemTime(new Date('2030-01-01T10:00:00.000Z'));
    const times = Array.from({ length: 5 }, () => creationTime());
    expect(times).toEqual(['2030-01-01T10:00:00.000Z', '2030-01-01T10:00:00.001Z', '2030-01-01T10:00:00.002Z', '2030-01-01T10:00:00.003Z', '2030-01-01T10:00:00.004Z']);
  });

  it('follows the clock again once it has caught up', () => {
    vi.setSystemTime(new Date('2030-01-02T10:00:00.000Z'));
    creationTime();
    creationTime();
    vi.setSystemTime(new Date('2030-01-02T10:00:00.500Z'));
    expect(creationTime()).toBe('2030-01-02T10:00:00.500Z');
  });

  it('follows a clock set back by more than a second instead of running ahead of it', () => {
    vi.setSystemTime(new Date('2030-01-03T10:00:00.000Z'));
    creationTime();
    vi.setSystemTime(new Date('2030-01-03T09:00:00.000Z'));
    expect(creationTime()).toBe('2030-01-03T09:00:00.000Z');
  });
});
