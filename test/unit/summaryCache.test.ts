import { describe, expect, it } from 'vitest';
import { SummaryCache } from '../../server/workspaces/SummaryCache';

describe('the caseload summary cache', () => {
  const counter = () => {
    let calls = 0;
    return { compute: async () => ++calls, calls: () => calls };
  };

  it('keeps an answer until a document of its kind in its workspace changes', async () => {
    const cache = new SummaryCache({ ttlMs: 60_000 });
    const plan = counter();
    expect(await cache.get('w1', 'plan', 'today', plan.compute)).toBe(1);
    expect(await cache.get('w1', 'plan', 'today', plan.compute)).toBe(1);
    // Another workspace's plan, or this workspace's comments, leave it alone.
    cache.documentChanged('w2/plan');
    cache.documentChanged('w1/comments');
    expect(await cache.get('w1', 'plan', 'today', plan.compute)).toBe(1);
    cache.documentChanged('w1/plan');
    expect(await cache.get('w1', 'plan', 'today', plan.compute)).toBe(2);
    // Any meeting document of the workspace counts for its meetings.
    const meetings = counter();
    await cache.get('w1', 'meeting', '', meetings.compute);
    cache.documentChanged('w1/meeting/m_1');
    expect(await cache.get('w1', 'meeting', '', meetings.compute)).toBe(2);
  });

  it('computes again when the key changes or the entry is older than its time to live', async () => {
    let now = 1_000;
    const cache = new SummaryCache({ ttlMs: 100, now: () => now });
    const plan = counter();
    await cache.get('w1', 'plan', '2026-12-06', plan.compute);
    expect(await cache.get('w1', 'plan', '2026-12-07', plan.compute)).toBe(2);
    now += 99;
    expect(await cache.get('w1', 'plan', '2026-12-07', plan.compute)).toBe(2);
    now += 1;
    expect(await cache.get('w1', 'plan', '2026-12-07', plan.compute)).toBe(3);
  });

  it('gives but does not keep an answer computed while its document changed, and computes once for requests at once', async () => {
    const cache = new SummaryCache({ ttlMs: 60_000 });
    let release: (value: string) => void = () => undefined;
    let calls = 0;
    const slow = () => {
      calls += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = cache.get('w1', 'plan', '', slow);
    const second = cache.get('w1', 'plan', '', slow);
    cache.documentChanged('w1/plan');
    release('before the change');
    expect(await first).toBe('before the change');
    expect(await second).toBe('before the change');
    expect(calls).toBe(1);
    expect(cache.size).toBe(0);
    expect(await cache.get('w1', 'plan', '', async () => 'after the change')).toBe('after the change');
    expect(cache.size).toBe(1);
  });
});
