import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginEarly, takeEarly } from '../../client/api/earlyReads';

describe('reads begun as the app starts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a successful early read to the first page that asks, without asking the server again', async () => {
    // Each call stands for one request to the server.
    const early = vi.fn(async () => ({ name: 'Avery' }));
    const afresh = vi.fn(async () => ({ name: 'Avery, read again' }));
    beginEarly('workspace:a', early);
    expect(await takeEarly('workspace:a', afresh)).toEqual({ name: 'Avery' });
    expect(early).toHaveBeenCalledTimes(1);
    expect(afresh).not.toHaveBeenCalled();
  });

  it('reads afresh for anyone after the first (a reload after a change sees the change)', async () => {
    beginEarly('workspace:b', async () => 'before the change');
    await takeEarly('workspace:b', async () => 'unused');
    expect(await takeEarly('workspace:b', async () => 'after the change')).toBe('after the change');
  });

  it('never replays a refusal: the page reads afresh, and shows what the server says then', async () => {
    beginEarly('workspace:c', async () => {
      throw new Error('Please sign in.');
    });
    expect(await takeEarly('workspace:c', async () => 'signed in now')).toBe('signed in now');
  });

  it('does not show an answer read long before the page asked', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    beginEarly('workspace:d', async () => 'a minute old');
    vi.advanceTimersByTime(60_000);
    expect(await takeEarly('workspace:d', async () => 'current')).toBe('current');
  });
});
