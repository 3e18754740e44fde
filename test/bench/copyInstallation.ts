import fs from 'node:fs';
import * as Y from 'yjs';
import { meetingDoc, planDoc, type Author } from '../../shared/schema';
import { createLogger } from '../../server/logger';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { apiClient } from '../helpers/apiClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam } from '../helpers/seed';
import { startTestServer } from '../helpers/testServer';

/**
 * Builds a school's installation of a realistic size for timing `npm run copy-to-postgres`:
 *
 *   tsx test/bench/copyInstallation.ts <data folder> [workspaces=50]
 *
 * Each workspace: five people, a complete plan edited 300 times through its room (folded into
 * a snapshot when the server stops) and 500 more edits left as updates after it, a meeting,
 * two comment threads, an agreed version signed by four, 200 audit entries of documents opened and 100
 * history entries. Then time the copy with /usr/bin/time -v (docs/benchmarks.md).
 */
const [dataDir, workspacesArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: tsx test/bench/copyInstallation.ts <data folder> [workspaces]');
const workspaceCount = Number(workspacesArg ?? 50);
fs.rmSync(dataDir, { recursive: true, force: true });

const server = await startTestServer({ dataDir, databaseUrl: null, compactAfterUpdates: 100_000 }, { logger: createLogger('silent') });
const planNames: string[] = [];
for (let index = 0; index < workspaceCount; index += 1) {
  const team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', ot: 'school_therapist', observer: 'observer' });
  const author: Author = authorOf(team, 'teacher');
  planNames.push(team.planDoc);
  await server.services.rooms.change(team.planDoc, (doc) => writeCompletePlan(planDoc(doc), author));
  let effect = 'Slow handwriting';
  for (let edit = 0; edit < 300; edit += 1) {
    effect += ` word${edit}`;
    const text = effect;
    await server.services.rooms.change(team.planDoc, (doc) => planDoc(doc).curriculumEffect.setPlain(text));
  }
  const meeting = await server.services.meetings.create(team.workspaceId, { kind: 'annual_review', title: 'Annual review', startsAt: '2026-12-01T15:00:00.000Z' }, team.members.manager!.userId);
  await server.services.rooms.change(meeting.docName, (doc) => meetingDoc(doc).attendance.mark({ userId: team.members.manager!.userId, name: 'manager', role: 'case_manager' }, 'in_person'));
  const as = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const workspacePath = `/api/workspaces/${team.workspaceId}`;
  for (const body of ['Could we add a home routine?', 'Which tools help at home?']) {
    await as('parent').request('POST', `${workspacePath}/threads`, { anchor: { kind: 'item', ref: { doc: 'plan', section: 'dates' }, label: 'Dates' }, body });
  }
  const proposed = await as('manager').request<{ version: { id: string; hash: string } }>('POST', `${workspacePath}/versions`, { title: 'Annual IEP' });
  // Through the repository: the sign-in limiter would slow 200 password checks from one address.
  for (const name of ['manager', 'teacher', 'parent', 'ot']) {
    const member = team.members[name]!;
    await server.services.versions.sign({ versionId: proposed.body.version.id, userId: member.userId, name, role: member.role, decision: 'agree', statement: '', versionHash: proposed.body.version.hash, typedName: name, affirmation: 'I agree', timeZone: 'UTC', method: 'typed_name' });
  }
  for (let read = 0; read < 200; read += 1) {
    await server.services.audit.record({ workspaceId: team.workspaceId, actorId: team.members.teacher!.userId, action: 'document.opened', subject: team.planDoc });
  }
  for (let entry = 0; entry < 100; entry += 1) {
    const at = new Date(Date.UTC(2026, 8, 1) + entry * 60_000).toISOString();
    await server.services.history.add({ docName: team.planDoc, kind: 'edit', path: ['curriculumEffect'], label: 'Effect on the curriculum', userId: author.userId, name: author.name, role: author.role, startedAt: at, endedAt: at, before: `before ${entry}`, after: `after ${entry}` });
  }
  process.stdout.write(`\rworkspace ${index + 1}/${workspaceCount}`);
}
await server.close();

// Edits after the last snapshot, as a server stopped without a final compaction leaves them.
const db = openDatabase(dataDir);
const store = new SqliteDocumentStore(db);
for (const name of planNames) {
  const stored = await store.loadDocument(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const pending: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => pending.push(update));
  const plan = planDoc(doc);
  let parentInput = 'At home he';
  for (let edit = 0; edit < 500; edit += 1) {
    parentInput += ` likes${edit}`;
    plan.parentInput.setPlain(parentInput);
  }
  await store.appendUpdates(name, pending);
  doc.destroy();
}
await store.close();
const size = fs.statSync(`${dataDir}/bridgeplan.sqlite`).size;
process.stdout.write(`\nbuilt ${workspaceCount} workspaces in ${dataDir} (${(size / 1024 / 1024).toFixed(1)} MB)\n`);
