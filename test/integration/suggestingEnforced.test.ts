import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import { planDoc } from '../../shared/schema';
import { listSuggestions } from '../../shared/schema/suggestions';
import type { SuggestionsResponse } from '../../shared/suggestionModes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { markAttrs, paragraphText, showMarks, suggestDelete, suggestInsert, suggestReplacement } from '../helpers/suggestionWrites';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A role set to suggest changes the plan only by suggesting; the room refuses the rest. */
describe('suggesting mode, enforced by the room', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const open = async (name: string) => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[name]!.token }, name });
    clients.push(client);
    await client.synced;
    return client;
  };
  const api = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const closeCodeOf = (client: CollabClient) =>
    new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
  const setMode = (role: string, mode: 'edit' | 'suggest') =>
    api('manager').request<{ modes: SuggestionsResponse['modes'] }>('PUT', `/api/workspaces/${team.workspaceId}/suggestion-modes`, { role, mode });

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function startingPlan() {
    const manager = await open('manager');
    const plan = planDoc(manager.doc);
    plan.parentInput.setPlain('Sam reads at home every night.');
    const goalId = plan.goals.add({ area: 'communication', baseline: 'Uses 2-word phrases.' }, authorOf(team, 'manager'));
    const parent = await open('parent');
    await eventually(() => expect(planDoc(parent.doc).goals.list().length).toBe(1));
    return { manager, parent, goalId };
  }

  /** What a fresh reader of the stored plan sees. */
  async function storedPlan() {
    const reader = await open('manager');
    return planDoc(reader.doc);
  }

  it('refuses a parent’s direct rewrite of the words and stores nothing of it', async () => {
    const { parent } = await startingPlan();
    const closed = closeCodeOf(parent);
    paragraphText(planDoc(parent.doc).parentInput.fragment()).insert(0, 'Rewritten: ');
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect(showMarks((await storedPlan()).parentInput.fragment())).toBe('Sam reads at home every night.');
  });

  it('refuses a parent adding, removing or moving items and changing a plain field directly', async () => {
    const { manager, parent: first, goalId } = await startingPlan();
    const second = planDoc(manager.doc).goals.add({ area: 'reading' }, authorOf(team, 'manager'));
    first.destroy();
    const attempts: ((client: CollabClient) => void)[] = [
      (client) => planDoc(client.doc).goals.add({ area: 'reading' }, authorOf(team, 'parent')),
      (client) => planDoc(client.doc).goals.remove(goalId),
      (client) => planDoc(client.doc).goals.text(goalId, 'baseline')!.insert(0, 'Now '),
      (client) => planDoc(client.doc).goals.update(goalId, { status: 'met' }),
      (client) => planDoc(client.doc).goals.move(second, 0),
    ];
    for (const attempt of attempts) {
      const parent = await open('parent');
      await eventually(() => expect(planDoc(parent.doc).goals.list().length).toBe(2));
      const closed = closeCodeOf(parent);
      attempt(parent);
      expect(await closed).toBe(CloseCodes.updateRejected.code);
      // A person holds few sockets at once; the refused one is let go before the next try.
      parent.destroy();
    }
    const stored = await storedPlan();
    expect(stored.goals.list().map((goal) => [goal.id, goal.baseline, goal.status])).toEqual([
      [goalId, 'Uses 2-word phrases.', 'draft'],
      [second, '', 'draft'],
    ]);
  });

  it('lets the same parent suggest, withdraw, comment and be seen', async () => {
    const { manager, parent, goalId } = await startingPlan();
    const closes: number[] = [];
    parent.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const text = paragraphText(planDoc(parent.doc).parentInput.fragment());
    const mine = markAttrs(team, 'parent');
    suggestInsert(text, 4, 'happily ', mine);
    suggestDelete(text, 25, 12, markAttrs(team, 'parent'));
    suggestReplacement(team, 'parent', planDoc(parent.doc).goals.text(goalId, 'baseline')!, 'Uses 3-word phrases.');
    // Their own proposed words may go again (a withdrawal by typing).
    suggestInsert(text, 0, 'Oops ', markAttrs(team, 'parent'));
    text.delete(0, 'Oops '.length);
    await eventually(() => expect(listSuggestions(manager.doc).map((view) => view.kind).sort()).toEqual(['delete', 'insert', 'replace']));
    expect(showMarks(planDoc(manager.doc).parentInput.fragment())).toBe('Sam [+happily +]reads at home[- every night-].');

    const posted = await api('parent').request('POST', `/api/workspaces/${team.workspaceId}/threads`, {
      anchor: { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: goalId }, label: 'Goal 1' },
      body: 'Can we practise this at home?',
    });
    expect(posted.status).toBe(201);
    await eventually(() => expect([...manager.provider.awareness.getStates().values()].some((state) => (state.user as { name?: string } | undefined)?.name === 'parent')).toBe(true));
    expect(closes).toEqual([]);
  });

  it('follows the case manager’s choice per role, at once', async () => {
    await startingPlan();
    const teacher = await open('teacher');
    paragraphText(planDoc(teacher.doc).parentInput.fragment()).insert(0, 'Yes. ');
    const manager = clients[0]!;
    await eventually(() => expect(showMarks(planDoc(manager.doc).parentInput.fragment())).toBe('Yes. Sam reads at home every night.'));

    const told = closeCodeOf(teacher);
    expect((await setMode('teacher', 'suggest')).status).toBe(200);
    // The teacher's open plan is told at once, reconnects, and from then on a direct edit is refused.
    expect(await told).toBe(CloseCodes.accessChanged.code);
    await eventually(() => expect(teacher.provider.wsconnected && teacher.provider.synced).toBe(true));
    const refused = closeCodeOf(teacher);
    paragraphText(planDoc(teacher.doc).parentInput.fragment()).insert(0, 'No. ');
    expect(await refused).toBe(CloseCodes.updateRejected.code);

    expect((await setMode('parent', 'edit')).status).toBe(200);
    const parent = await open('parent');
    paragraphText(planDoc(parent.doc).parentInput.fragment()).insert(0, 'Agreed. ');
    await eventually(() => expect(showMarks(planDoc(manager.doc).parentInput.fragment())).toBe('Agreed. Yes. Sam reads at home every night.'));
  });

  it('holds nobody to it in a meeting’s notes, and never the case manager', async () => {
    expect((await setMode('case_manager', 'suggest')).status).toBe(200);
    const { manager } = await startingPlan();
    paragraphText(planDoc(manager.doc).parentInput.fragment()).insert(0, 'Draft. ');
    const reader = await open('teacher');
    await eventually(() => expect(showMarks(planDoc(reader.doc).parentInput.fragment())).toBe('Draft. Sam reads at home every night.'));
  });

  it('lets only this team’s case manager choose the modes, and refuses bad input', async () => {
    const outsiders = await seedTeam(server.services, { outsider: 'case_manager' });
    const path = `/api/workspaces/${team.workspaceId}/suggestion-modes`;
    const body = { role: 'parent', mode: 'edit' };
    expect((await apiClient(server.url).request('PUT', path, body)).status).toBe(401);
    expect((await apiClient(server.url, { cookie: outsiders.members.outsider!.cookie }).request('PUT', path, body)).status).toBe(403);
    expect((await api('teacher').request('PUT', path, body)).status).toBe(403);
    expect((await api('parent').request('PUT', path, body)).status).toBe(403);
    const bad = await api('manager').request<{ error: { id: string } }>('PUT', path, { role: 'parent', mode: 'sometimes' });
    expect([bad.status, bad.body.error.id]).toEqual([400, 'invalid_mode']);
    // Nothing changed: parents still suggest, and the room still holds them to it.
    const modes = await api('manager').request<SuggestionsResponse>('GET', `/api/workspaces/${team.workspaceId}/suggestions`);
    expect(modes.body.modes.parent).toBe('suggest');
    const { parent } = await startingPlan();
    const closed = closeCodeOf(parent);
    planDoc(parent.doc).goals.add({ area: 'math' }, authorOf(team, 'parent'));
    expect(await closed).toBe(CloseCodes.updateRejected.code);
  });
});
