import { describe, expect, it } from 'vitest';
import { SharedInFlight } from '../../server/collab/SharedInFlight';

/** A read that answers when told to, counting how often it was made. */
function controlledRead() {
  let reads = 0;
  const answers: ((value: string) => void)[] = [];
  const read = () => {
    reads += 1;
    return new Promise<string>((resolve) => answers.push(resolve));
  };
  return { read, answer: (value: string) => answers.shift()!(value), get reads() { return reads; } };
}

describe('SharedInFlight', () => {
  it('gives callers asking together one answer, and asks afresh once it is in', async () => {
    const shared = new SharedInFlight<string>();
    const source = controlledRead();
    const together = [shared.run('a', source.read), shared.run('a', source.read), shared.run('a', source.read)];
    const other = shared.run('b', source.read);
    expect(source.reads).toBe(2);
    source.answer('member');
    source.answer('other');
    expect(await Promise.all(together)).toEqual(['member', 'member', 'member']);
    expect(await other).toBe('other');

    const later = shared.run('a', source.read);
    expect(source.reads).toBe(3);
    source.answer('removed');
    expect(await later).toBe('removed');
    expect(shared.size).toBe(0);
  });

  it('does not hand an answer begun before an access change to a caller arriving after it', async () => {
    const shared = new SharedInFlight<string>();
    const source = controlledRead();
    const before = shared.run('a', source.read);
    shared.forgetAll();
    const after = shared.run('a', source.read);
    expect(source.reads).toBe(2);
    source.answer('member');
    source.answer('signed out');
    expect(await before).toBe('member');
    expect(await after).toBe('signed out');
    // The older read finishing does not drop the newer one from the table while it is under way.
    expect(shared.size).toBe(0);
  });
});
