import { describe, expect, it } from 'vitest';
import { PresenceFanOut } from '../../server/collab/PresenceFanOut';
import { presencePerson as person, presenceReceiver as receiver } from '../helpers/presencePeers';
import { eventually } from '../helpers/waitFor';

describe('presence gathered per turn', () => {
  it('shows a room opening at once as one message per peer, with everyone in it', async () => {
    const peer = receiver();
    const fanOut = new PresenceFanOut((message) => peer.send(message), (error) => { throw error; });
    const people = Array.from({ length: 50 }, (_, i) => person(100 + i));
    people.forEach((p, i) => p.awareness.setLocalStateField('cursor', { at: i }));
    const stale = people[0]!.message();
    people[0]!.awareness.setLocalStateField('cursor', { at: 'moved' });
    for (const p of people) fanOut.gather(p.message());
    // The first person's older announcement, arriving late in the same turn, changes nothing.
    fanOut.gather(stale);

    await eventually(() => expect(peer.received).toHaveLength(1));
    expect(peer.awareness.getStates().size).toBe(50);
    expect(peer.awareness.getStates().get(100)).toEqual({ cursor: { at: 'moved' } });

    // Someone leaving in a later turn is shown then.
    people[7]!.awareness.setLocalState(null);
    fanOut.gather(people[7]!.message());
    await eventually(() => expect(peer.received).toHaveLength(2));
    expect(peer.awareness.getStates().has(107)).toBe(false);
    fanOut.destroy();
  });
});
