import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc } from '../../shared/schema';
import { planRoots } from '../../shared/schema/planRoots';
import { shortValuePlace } from '../../shared/schema/shortValueSuggestions';
import type { DecisionResponse, SuggestionsResponse } from '../../shared/suggestionModes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { suggestReplacement } from '../helpers/suggestionWrites';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A parent held to suggesting proposes a short value (the grade, the school); the case manager decides. */
describe('suggestions on short values', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const open = async (name: string) => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    await client.synced;
    return client;
  };
  const api = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const decide = (id: string, decision: 'accept' | 'reject') =>
    api('manager').request<DecisionResponse>('POST', `/api/workspaces/${team.workspaceId}/suggestions/${id}/${decision}`);
  const openSuggestions = async () => (await api('manager').request<SuggestionsResponse>('GET', `/api/workspaces/${team.workspaceId}/suggestions`)).body.suggestions;
  const student = (client: CollabClient) => planDoc(client.doc).student.get();

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('a parent’s proposed grade is listed as new wording and becomes the plan’s when accepted', async () => {
    const manager = await open('manager');
    planDoc(manager.doc).student.update({ grade: '3', school: 'Lincoln Elementary' });
    const parent = await open('parent');
    await eventually(() => expect(student(parent).grade).toBe('3'));

    const gradeId = suggestReplacement(team, 'parent', shortValuePlace(parent.doc, planRoots.student, 'grade')!, '4');
    const schoolId = suggestReplacement(team, 'parent', shortValuePlace(parent.doc, planRoots.student, 'school')!, 'Lincoln Elementary School');
    const interpreterId = suggestReplacement(team, 'parent', shortValuePlace(parent.doc, planRoots.parentParticipation, 'interpreterLanguage')!, 'Mixteco');
    await eventually(async () =>
      expect((await openSuggestions()).map((s) => [s.kind, s.path.join('/'), s.base, s.text]).sort((a, b) => b[1]!.localeCompare(a[1]!))).toEqual([
        ['replace', 'student/school', 'Lincoln Elementary', 'Lincoln Elementary School'],
        ['replace', 'student/grade', '3', '4'],
        ['replace', 'parentParticipation/interpreterLanguage', '', 'Mixteco'],
      ]),
    );
    // Until the case manager decides, the plan's own value stands for everyone.
    expect(student(manager).grade).toBe('3');

    expect((await decide(gradeId, 'accept')).status).toBe(200);
    expect((await decide(schoolId, 'reject')).status).toBe(200);
    expect((await decide(interpreterId, 'accept')).status).toBe(200);
    await eventually(() => expect(planDoc(manager.doc).parentParticipation.get().interpreterLanguage).toBe('Mixteco'));
    for (const client of [manager, parent]) {
      await eventually(() => expect([student(client).grade, student(client).school]).toEqual(['4', 'Lincoln Elementary']));
    }
    expect(await openSuggestions()).toEqual([]);
    const stored = await server.services.documents.loadDoc(team.planDoc);
    expect(planDoc(stored).student.get().grade).toBe('4');
    stored.destroy();
  });

  it('accepting a record that names any other value writes nothing there', async () => {
    const manager = await open('manager');
    planDoc(manager.doc).student.setInterpreterNeeded(true);
    const parent = await open('parent');
    await eventually(() => expect(student(parent).interpreterNeeded).toBe(true));
    // Records the parent's own client would never write: a yes/no answer and the plan's status.
    const forged = [
      { map: parent.doc.getMap<unknown>(planRoots.student), key: 'interpreterNeeded' },
      { map: parent.doc.getMap<unknown>(planRoots.meta), key: 'status' },
    ].map((place) => suggestReplacement(team, 'parent', place, 'forged'));
    await eventually(async () => expect((await openSuggestions()).length).toBe(2));
    const statusBefore = manager.doc.getMap(planRoots.meta).get('status');
    for (const id of forged) expect((await decide(id, 'accept')).status).toBe(200);
    await eventually(async () => expect(await openSuggestions()).toEqual([]));
    expect(manager.doc.getMap(planRoots.student).get('interpreterNeeded')).toBe(true);
    expect(manager.doc.getMap(planRoots.meta).get('status')).toBe(statusBefore);
    expect(shortValuePlace(new Y.Doc(), planRoots.meta, 'status')).toBeNull();
  });
});
