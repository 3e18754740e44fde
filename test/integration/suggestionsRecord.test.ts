import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../../shared/history';
import { planDoc } from '../../shared/schema';
import type { SuggestionsResponse } from '../../shared/suggestionModes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { seedCompletePlan } from '../helpers/completePlan';
import { markAttrs, paragraphText, suggestDelete, suggestInsert } from '../helpers/suggestionWrites';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('suggestions in exports and versions, and the plan’s history', () => {
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
  const openSuggestions = async () => (await api('manager').request<SuggestionsResponse>('GET', `/api/workspaces/${team.workspaceId}/suggestions`)).body.suggestions;
  const exportText = async (suggestions: string) => {
    const response = await fetch(`${server.url}/api/workspaces/${team.workspaceId}/plan/export?format=md&suggestions=${suggestions}`, {
      headers: { authorization: `Bearer ${team.members.manager!.token}` },
    });
    expect(response.status).toBe(200);
    // Markdown escapes brackets; the words are what matter here.
    return (await response.text()).replace(/\\/g, '');
  };

  beforeEach(async () => {
    server = await startTestServer({ historyIdleMs: 150 });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('exports the draft with suggestions shown or hidden, and refuses a version until they are decided', async () => {
    await seedCompletePlan(server, team, 'manager', 'case_manager');
    const parent = await open('parent');
    const text = paragraphText(planDoc(parent.doc).parentInput.fragment());
    const added = markAttrs(team, 'parent');
    suggestInsert(text, 2, ' really', added);
    suggestDelete(text, 0, 2, markAttrs(team, 'parent'));
    await eventually(async () => expect((await openSuggestions()).length).toBe(2));

    const shown = await exportText('show');
    expect(shown).toContain('[− He −] (removal suggested by parent)[+  really +] (suggested by parent) enjoys drawing at home.');
    const hidden = await exportText('hide');
    expect(hidden).toContain('He enjoys drawing at home.');
    expect(hidden).not.toContain('really');
    expect(hidden).not.toContain('suggested by');
    const bad = await fetch(`${server.url}/api/workspaces/${team.workspaceId}/plan/export?format=md&suggestions=maybe`, { headers: { authorization: `Bearer ${team.members.manager!.token}` } });
    expect(bad.status).toBe(400);

    const refused = await api('manager').request<{ error: { id: string; message: string } }>('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Annual IEP' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('open_suggestions');
    expect(refused.body.error.message).toContain('parent in Parent input: “ really”');

    await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/suggestions/decide-all`, { userId: team.members.parent!.userId, decision: 'reject' });
    const proposed = await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Annual IEP' });
    expect(proposed.status).toBe(201);
  });

  it('lists who changed each field, newest first, and what changed since I last looked', async () => {
    // Parents suggest unless the case manager lets them edit; this team lets them.
    await api('manager').request('PUT', `/api/workspaces/${team.workspaceId}/suggestion-modes`, { role: 'parent', mode: 'edit' });
    const manager = await open('manager');
    const goalId = planDoc(manager.doc).goals.add({ area: 'communication', baseline: 'Uses 2-word phrases.', target: 'Asks for help' }, authorOf(team, 'manager'));
    const parent = await open('parent');
    const teacher = await open('teacher');
    await eventually(() => expect(planDoc(parent.doc).goals.list().length).toBe(1));
    await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/history/seen`);

    // A recorded session: the parent rewrites the baseline, the teacher the target, then the
    // parent adds to the target after the teacher.
    const parentBaseline = planDoc(parent.doc).goals.text(goalId, 'baseline')!;
    parentBaseline.delete(5, 1);
    parentBaseline.insert(5, '3');
    // The teacher types once the parent's change has reached them: one after the other.
    await eventually(() => expect(planDoc(teacher.doc).goals.list()[0]!.baseline).toBe('Uses 3-word phrases.'));
    planDoc(teacher.doc).goals.text(goalId, 'target')!.insert(13, ' with a card');
    await eventually(() => expect(planDoc(parent.doc).goals.list()[0]!.target).toBe('Asks for help with a card'));
    const parentTarget = planDoc(parent.doc).goals.text(goalId, 'target')!;
    parentTarget.insert(parentTarget.length, ' at lunch');

    const history = async (query = '') =>
      (await api('manager').request<HistoryResponse>('GET', `/api/workspaces/${team.workspaceId}/history${query}`)).body;
    await eventually(async () => {
      // Word changes; the goal's addition is an entry of its own (historyItems.test.ts).
      const rows = (await history(`?path=goals/${goalId}`)).entries.filter((entry) => entry.kind === 'edit').map((entry) => [entry.name, entry.path.at(-1), entry.before, entry.after]);
      expect(rows).toEqual([
        ['parent', 'target', 'Asks for help with a card', 'Asks for help with a card at lunch'],
        ['teacher', 'target', 'Asks for help', 'Asks for help with a card'],
        ['parent', 'baseline', 'Uses 2-word phrases.', 'Uses 3-word phrases.'],
      ]);
    });
    const entry = (await history()).entries.find((item) => item.path.at(-1) === 'baseline')!;
    expect(entry.label).toBe('Goal: Asks for help · Baseline');

    const sinceLook = await history('?since=last-look');
    expect(sinceLook.lastSeenAt).not.toBeNull();
    expect(sinceLook.entries.map((item) => item.name)).toEqual(['parent', 'teacher', 'parent']);
    await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/history/seen`);
    expect((await history('?since=last-look')).entries).toEqual([]);
    // Members only.
    expect((await apiClient(server.url).request('GET', `/api/workspaces/${team.workspaceId}/history`)).status).toBe(401);
  });
});
