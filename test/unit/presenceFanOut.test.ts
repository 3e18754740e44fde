import { describe, expect, it } from 'vitest';
import { PresenceFanOut } from '../../server/collab/PresenceFanOut';
import { presencePerson as person, presenceReceiver as receiver } from '../helpers/presencePeers';
import { eventually } from '../helpers/waitFor';

describe('presence fan-out', () => {
  it('sends changes at once and gathers renewals of unchanged states into one message', async () => {
    const peer = receiver();
    const fanOut = new PresenceFanOut((message) => peer.send(message), (error) => { throw error; }, 20);
    const people = [person(11), person(12), person(13)];
    people.forEach((p, i) => p.awareness.setLocalStateField('cursor', { at: i }));
    for (const p of people) fanOut.send(p.message());
    // Arrivals are changes: one message each, straight away.
    expect(peer.received).toHaveLength(3);

    // Renewals (same state, newer clock) wait and leave together.
    for (const p of people) {
      p.awareness.setLocalState(p.awareness.getLocalState());
      fanOut.send(p.message());
    }
    expect(peer.received).toHaveLength(3);
    await eventually(() => expect(peer.received).toHaveLength(4));
    for (const p of people) expect(peer.awareness.meta.get(p.awareness.clientID)?.clock).toBe(p.awareness.meta.get(p.awareness.clientID)?.clock);

    // A moved caret is a change again; leaving too.
    people[0]!.awareness.setLocalStateField('cursor', { at: 99 });
    fanOut.send(people[0]!.message());
    expect(peer.received).toHaveLength(5);
    expect(peer.awareness.getStates().get(11)).toEqual({ cursor: { at: 99 } });
    people[1]!.awareness.setLocalState(null);
    fanOut.send(people[1]!.message());
    expect(peer.received).toHaveLength(6);
    expect(peer.awareness.getStates().has(12)).toBe(false);
    fanOut.destroy();
  });
});
