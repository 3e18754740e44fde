import * as Y from 'yjs';

/**
 * Writes a map entry with any Yjs content, as a modified client could: the stock API only
 * writes plain values as ContentAny, so forgeries through other content kinds (ContentJSON,
 * ContentEmbed...) need the Item by hand. Overwrites an existing entry like `map.set` does.
 */
export function setRaw(map: Y.Map<unknown>, key: string, content: ConstructorParameters<typeof Y.Item>[7]): void {
  const doc = map.doc;
  if (!doc) throw new Error('the map must be part of a document');
  doc.transact((transaction) => {
    const left = map._map.get(key) ?? null;
    const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
    new Y.Item(id, left, left?.lastId ?? null, null, null, map, key, content).integrate(transaction, 0);
  });
}

/** The update a change produces (its transactions merged), as a client would send it. */
export function updateOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const produced: Uint8Array[] = [];
  const capture = (update: Uint8Array) => produced.push(update);
  doc.on('update', capture);
  change(doc);
  doc.off('update', capture);
  return Y.mergeUpdates(produced);
}
