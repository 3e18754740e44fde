import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ServerReceipt } from '../../client/collab/serverReceipt';
import { UnsentChanges } from '../../client/collab/unsentChanges';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { HeldDocumentStore } from '../helpers/HeldDocumentStore';
import { seedTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/**
 * The page's reading of the server's word on what it holds, against a real server: what a
 * decision carried into the plan, or a header saying "Saved", rests on it.
 */
describe('what the server says it holds of a page’s changes', () => {
  let server: TestServer;
  let store: HeldDocumentStore;
  let docName: string;
  let token: string;
  const clients: CollabClient[] = [];
  const closers: Array<() => void> = [];

  const connect = async () => {
    const client = connectClient(server.wsUrl, docName, { params: { token } });
    clients.push(client);
    await client.synced;
    return client;
  };
  const storedText = async () => {
    const doc = await server.services.documents.loadDoc(docName);
    try {
      return doc.getText('text').toString();
    } finally {
      doc.destroy();
    }
  };
  const unsentFor = (client: CollabClient) => {
    const unsent = new UnsentChanges(client.doc, client.provider);
    closers.push(() => unsent.destroy());
    return unsent;
  };

  beforeEach(async () => {
    server = await startTestServer({}, { wrapDocumentStore: (inner) => (store = new HeldDocumentStore(inner)) });
    const team = await seedTeam(server.services);
    docName = team.planDoc;
    token = team.members.manager!.token;
  });
  afterEach(async () => {
    store.release();
    for (const close of closers.splice(0)) close();
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('recognises each later round of this page’s changes, not only the first', async () => {
    const page = await connect();
    const receipt = new ServerReceipt(page.doc, page.provider);
    closers.push(() => receipt.destroy());
    const ownClock = () => Y.getState(page.doc.store, page.doc.clientID);

    for (const words of ['Reads aloud', ' for five minutes', ' with two prompts.']) {
      page.text.insert(page.text.length, words);
      const target = { clock: ownClock(), deletions: [] };
      // The answer to a question asked before the words were stored may not hold them: ask until one does.
      await eventually(() => {
        receipt.ask();
        expect(receipt.holds(target)).toBe(true);
      });
    }
    expect(await storedText()).toBe('Reads aloud for five minutes with two prompts.');
  });

  it('confirms the words just typed only once the server has stored them', async () => {
    const page = await connect();
    const unsent = unsentFor(page);
    page.text.insert(0, 'Agreed: speech twice a week');
    expect(await unsent.confirmHeld(5_000)).toBe(true);
    expect(await storedText()).toBe('Agreed: speech twice a week');
  });

  it('says it cannot confirm while the server has not stored the words, and confirms once it has', async () => {
    const page = await connect();
    const unsent = unsentFor(page);
    page.text.insert(0, 'Agreed: speech twice a week');
    expect(await unsent.confirmHeld(5_000)).toBe(true);

    store.hold();
    page.text.insert(page.text.length, ', 30 minutes each');
    expect(await unsent.confirmHeld(800)).toBe(false);
    expect(await storedText()).toBe('Agreed: speech twice a week');
    store.release();
    expect(await unsent.confirmHeld(5_000)).toBe(true);
    expect(await storedText()).toBe('Agreed: speech twice a week, 30 minutes each');
  });

  it('waits for a deletion as for typing: removed words are not confirmed until the server has removed them', async () => {
    const page = await connect();
    const unsent = unsentFor(page);
    page.text.insert(0, 'Speech twice a week, 30 minutes each');
    expect(await unsent.confirmHeld(5_000)).toBe(true);

    store.hold();
    page.text.delete('Speech twice a week'.length, ', 30 minutes each'.length);
    expect(await unsent.confirmHeld(800)).toBe(false);
    store.release();
    expect(await unsent.confirmHeld(5_000)).toBe(true);
    expect(await storedText()).toBe('Speech twice a week');
  });

  it('gives up, unconfirmed, when the page is closed while it waits', async () => {
    const page = await connect();
    const unsent = new UnsentChanges(page.doc, page.provider);
    store.hold();
    page.text.insert(0, 'Typed as the page closed');
    const waiting = unsent.confirmHeld(30_000);
    unsent.destroy();
    expect(await waiting).toBe(false);
  });

  it('answers unconfirmed at once without a connection, rather than at the end of the wait', async () => {
    const page = await connect();
    const unsent = unsentFor(page);
    page.provider.disconnect();
    page.text.insert(0, 'Typed while offline');
    // A wait longer than the test's own time limit: only an answer given at once passes.
    expect(await unsent.confirmHeld(10 * 60_000)).toBe(false);

    page.provider.connect();
    await eventually(() => expect(page.provider.wsconnected).toBe(true));
    expect(await unsent.confirmHeld(10_000)).toBe(true);
    expect(await storedText()).toBe('Typed while offline');
  });

  it('answers unconfirmed when the connection drops while it waits', async () => {
    const page = await connect();
    const unsent = unsentFor(page);
    store.hold();
    page.text.insert(0, 'Typed as the connection dropped');
    const waiting = unsent.confirmHeld(10 * 60_000);
    page.provider.disconnect();
    expect(await waiting).toBe(false);
  });
});
