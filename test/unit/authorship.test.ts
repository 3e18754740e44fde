import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, ProgressDoc, type Author } from '../../shared/schema';
import { fieldLimits } from '../../shared/schema/limits';
import type { Contributor } from '../../server/collab/authorship';
import { UpdateGuard, type UpdateProblem } from '../../server/collab/updateGuard';
import { setRaw, updateOf } from '../helpers/forge';

const teacher: Contributor = { userId: 'u_teacher', role: 'teacher', name: 'Sam Lee' };
const asTeacher: Author = { userId: 'u_teacher', name: 'Sam Lee', role: 'teacher', setting: 'school' };
const asParent: Author = { userId: 'u_parent', name: 'Alex Moreno', role: 'parent', setting: 'home' };

/** The server's copy of a document and a client's, in sync. */
function pair(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  const client = new Y.Doc();
  client.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
  return { server, client };
}

/** What the server says about a change the client makes next (the change is not applied). */
function verdictOf(docs: { server: Y.Doc; client: Y.Doc }, change: (doc: Y.Doc) => void): UpdateProblem | 'ok' {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(docs.server));
  const verdict = UpdateGuard.inspect(docs.server, updateOf(client, change), teacher, 1_000_000, 20_000);
  return verdict.ok ? 'ok' : verdict.problem;
}

describe('UpdateGuard: authorship', () => {
  it('accepts items recorded in the sender’s own name, role and setting', () => {
    const docs = pair();
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.add({ area: 'sensory' }, asTeacher))).toBe('ok');
    expect(verdictOf(docs, (doc) => new ProgressDoc(doc).add({ goalId: 'g', date: '2026-11-02', value: 40, setting: 'school' }, asTeacher))).toBe('ok');
  });

  it('refuses items recorded in someone else’s name, or with a name, role or setting not theirs', () => {
    const docs = pair();
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.add({ area: 'sensory' }, asParent))).toBe('forged-author');
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.add({ area: 'sensory' }, { ...asTeacher, setting: 'clinic' }))).toBe('forged-author');
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.add({ area: 'sensory' }, { ...asTeacher, name: 'Alex Moreno' }))).toBe('forged-author');
    expect(verdictOf(docs, (doc) => new ProgressDoc(doc).add({ goalId: 'g', date: '2026-11-02', value: 40, setting: 'home' }, asParent))).toBe('forged-author');
  });

  it('refuses content kinds the schema never writes', () => {
    const docs = pair();
    const record = { goalId: 'g', date: '2026-11-02', value: 90, setting: 'home', recordedBy: asParent, recordedAt: '' };
    expect(verdictOf(docs, (doc) => setRaw(doc.getMap('points'), 'p1', new Y.ContentJSON([record])))).toBe('content-kind');
    expect(verdictOf(docs, (doc) => setRaw(doc.getMap('points'), 'p1', new Y.ContentEmbed(record)))).toBe('content-kind');
    expect(verdictOf(docs, (doc) => setRaw(doc.getMap('points'), 'p1', new Y.ContentBinary(new Uint8Array([1]))))).toBe('content-kind');
    expect(verdictOf(docs, (doc) => doc.getMap('points').set('p1', new Y.Doc()))).toBe('content-kind');
  });

  it('accepts formatting in rich text and refuses it in plain text', () => {
    const docs = pair();
    docs.client.getXmlFragment('parentInput').insert(0, [new Y.XmlElement('paragraph')]);
    expect(
      verdictOf(docs, (doc) => {
        const paragraph = doc.getXmlFragment('parentInput').get(0) as Y.XmlElement;
        paragraph.insert(0, [new Y.XmlText()]);
        (paragraph.get(0) as Y.XmlText).insert(0, 'bold words', { bold: true });
      }),
    ).toBe('ok');
    const goalId = planDoc(docs.client).goals.add({ area: 'sensory', target: 'Uses a cushion' }, asTeacher);
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.text(goalId, 'target')!.format(0, 4, { bold: true }))).toBe('content-kind');
    expect(verdictOf(docs, (doc) => doc.getText('loose').insert(0, 'x', { bold: true }))).toBe('content-kind');
  });

  it('never lets an existing authorship record change, but lets its whole item go', () => {
    const docs = pair();
    const goalId = planDoc(docs.client).goals.add({ area: 'sensory', target: 'Uses a cushion' }, asParent);
    const goal = (doc: Y.Doc) => doc.getMap('goals').get(goalId) as Y.Map<unknown>;
    expect(verdictOf(docs, (doc) => goal(doc).set('createdBy', asTeacher))).toBe('authorship-changed');
    expect(verdictOf(docs, (doc) => goal(doc).delete('createdBy'))).toBe('authorship-changed');
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.text(goalId, 'target')!.insert(0, 'Calmly '))).toBe('ok');
    expect(verdictOf(docs, (doc) => planDoc(doc).goals.remove(goalId))).toBe('ok');

    const pointId = new ProgressDoc(docs.client).add({ goalId, date: '2026-11-02', value: 40, setting: 'home' }, asParent);
    const overwrite = { goalId, date: '2026-11-02', value: 99, setting: 'school', recordedBy: asTeacher, recordedAt: '' };
    expect(verdictOf(docs, (doc) => doc.getMap('points').set(pointId, overwrite))).toBe('authorship-changed');
    expect(verdictOf(docs, (doc) => new ProgressDoc(doc).remove(pointId))).toBe('ok');
  });
});

describe('UpdateGuard: sizes', () => {
  it('refuses more text than one rich field holds, and long plain values', () => {
    const docs = pair();
    const long = 'x'.repeat(fieldLimits.richText + 1);
    expect(verdictOf(docs, (doc) => doc.getText('title').insert(0, long))).toBe('too-long');
    expect(verdictOf(docs, (doc) => doc.getText('title').insert(0, long.slice(0, fieldLimits.richText)))).toBe('ok');
    expect(verdictOf(docs, (doc) => doc.getMap('meta').set('status', 'x'.repeat(fieldLimits.shortValue + 1)))).toBe('too-long');
    // Notes typed as plain strings may be sentences.
    const supportId = planDoc(docs.client).supports.add({ kind: 'accommodation', title: 'Visual schedule' }, asTeacher);
    expect(verdictOf(docs, (doc) => (doc.getMap('supports').get(supportId) as Y.Map<unknown>).set('note.school', 'y'.repeat(2_000)))).toBe('ok');
  });

  it('stops reading an update with more items than the document may still take', () => {
    const docs = pair();
    const client = new Y.Doc();
    const update = updateOf(client, (doc) => {
      const map = doc.getMap('many');
      for (let i = 0; i < 50; i += 1) map.set(`k${i}`, i);
    });
    expect(UpdateGuard.inspect(docs.server, update, teacher, 10, 20_000)).toMatchObject({ ok: false, problem: 'too-many-items' });
    expect(UpdateGuard.inspect(docs.server, update, teacher, 100, 20_000)).toEqual({ ok: true, structs: 50 });
  });
});
