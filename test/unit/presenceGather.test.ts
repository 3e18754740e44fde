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

  it('in a crowded room shows the first arrival at once and spaces a stream of later ones, without holding anyone’s caret', async () => {
    const peer = receiver();
    const spacingMs = 150;
    // A crowd of one, so the room counts as crowded from its first person.
    const fanOut = new PresenceFanOut((message) => peer.send(message), (error) => { throw error; }, 3000, spacingMs, 1);
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const first = person(200);
    first.awareness.setLocalStateField('cursor', { at: 0 });
    fanOut.gather(first.message());
    await nextTurn();
    // Someone joining a quiet room appears with the turn.
    expect(peer.received).toHaveLength(1);

    // A stream of arrivals right after: each in a turn of its own, none shown yet.
    const others = Array.from({ length: 5 }, (_, i) => person(300 + i));
    const startedAt = performance.now();
    for (const other of others) {
      other.awareness.setLocalStateField('cursor', { at: 1 });
      fanOut.gather(other.message());
      await nextTurn();
    }
    // Meanwhile the first person's caret moves: shown with its turn, not held with the arrivals.
    first.awareness.setLocalStateField('cursor', { at: 'moved' });
    fanOut.gather(first.message());
    await nextTurn();
    expect(peer.received).toHaveLength(2);
    expect(peer.awareness.getStates().get(200)).toEqual({ cursor: { at: 'moved' } });
    expect(peer.awareness.getStates().size).toBe(1);

    // One of the arrivals leaves before being shown: it never appears.
    others[4]!.awareness.setLocalState(null);
    fanOut.gather(others[4]!.message());

    await eventually(() => expect(peer.awareness.getStates().size).toBe(5));
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(spacingMs - 20);
    // The departure went with its turn, and the four who stayed came as one message.
    expect(peer.received).toHaveLength(4);
    expect([...peer.awareness.getStates().keys()].sort()).toEqual([200, 300, 301, 302, 303]);
    fanOut.destroy();
  });

  it('shows each arrival with its turn while the room is not crowded', async () => {
    const peer = receiver();
    const fanOut = new PresenceFanOut((message) => peer.send(message), (error) => { throw error; }, 3000, 10_000, 3);
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    for (const [i, clientId] of [400, 401, 402].entries()) {
      const someone = person(clientId);
      someone.awareness.setLocalStateField('cursor', { at: i });
      fanOut.gather(someone.message());
      await nextTurn();
      expect(peer.awareness.getStates().size).toBe(i + 1);
    }
    // The fourth person finds the room crowded: shown only once the spacing allows.
    const fourth = person(403);
    fourth.awareness.setLocalStateField('cursor', { at: 3 });
    fanOut.gather(fourth.message());
    await nextTurn();
    expect(peer.awareness.getStates().has(403)).toBe(false);
    fanOut.destroy();
  });
});
