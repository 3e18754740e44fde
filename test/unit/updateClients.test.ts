import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Contributor } from '../../server/collab/authorship';
import { newClientsPerUpdate } from '../../server/collab/updateClients';
import { UpdateGuard } from '../../server/collab/updateGuard';

const teacher: Contributor = { userId: 'u_teacher', role: 'teacher', name: 'Sam Lee' };

/** One update in which each of `count` sessions (Yjs clients) wrote one value. */
function fromSessions(server: Y.Doc, count: number, firstClient = 1_000): Uint8Array {
  const updates: Uint8Array[] = [];
  for (let i = 0; i < count; i += 1) {
    const session = new Y.Doc();
    session.clientID = firstClient + i;
    Y.applyUpdate(session, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(session);
    session.getMap('participation').set(`note${i}`, 'seen');
    updates.push(Y.encodeStateAsUpdate(session, before));
  }
  return Y.mergeUpdates(updates);
}

const verdict = (server: Y.Doc, update: Uint8Array, maxDocumentClients = 20_000) => {
  const result = UpdateGuard.inspect(server, update, teacher, 1_000_000, maxDocumentClients);
  return result.ok ? 'ok' : result.problem;
};

describe('the clients an update may bring', () => {
  it('takes the few sessions a device kept offline', () => {
    const server = new Y.Doc();
    expect(verdict(server, fromSessions(server, 5))).toBe('ok');
    expect(verdict(server, fromSessions(server, newClientsPerUpdate))).toBe('ok');
  });

  it('refuses an update of made-up clients before reading past their number', () => {
    const server = new Y.Doc();
    expect(verdict(server, fromSessions(server, newClientsPerUpdate + 1))).toBe('too-many-clients');
    // The header alone says 300,000 clients: refused without a struct being read.
    const header = new Uint8Array([0x80 | (300_000 & 0x7f), 0x80 | ((300_000 >> 7) & 0x7f), 300_000 >> 14]);
    expect(verdict(server, header)).toBe('too-many-clients');
  });

  it('refuses a delete set naming clients by the hundred that the document never had', () => {
    const server = new Y.Doc();
    // No structs; a delete set of one range in each of `count` clients.
    const deleteSetOf = (count: number) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, count);
      for (let i = 0; i < count; i += 1) {
        encoding.writeVarUint(encoder, 7_000 + i);
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint(encoder, 0);
        encoding.writeVarUint(encoder, 1);
      }
      return encoding.toUint8Array(encoder);
    };
    expect(verdict(server, deleteSetOf(3))).toBe('ok');
    expect(verdict(server, deleteSetOf(newClientsPerUpdate + 1))).toBe('too-many-clients');
  });

  it('keeps a document within the clients it may hold, and lets its own sessions go on writing', () => {
    const server = new Y.Doc();
    Y.applyUpdate(server, fromSessions(server, 200));
    expect(verdict(server, fromSessions(server, 100, 10_000), 250)).toBe('document-clients-full');
    // A session the document already has may always write again.
    const again = new Y.Doc();
    Y.applyUpdate(again, Y.encodeStateAsUpdate(server));
    again.clientID = 1_000;
    const before = Y.encodeStateVector(again);
    again.getMap('participation').set('note0', 'seen twice');
    expect(verdict(server, Y.encodeStateAsUpdate(again, before), 200)).toBe('ok');
  });
});
