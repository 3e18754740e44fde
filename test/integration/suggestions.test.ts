import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import { planDoc } from '../../shared/schema';
import { listSuggestions, suggestionMarks } from '../../shared/schema/suggestions';
import type { DecisionResponse, SuggestionsResponse } from '../../shared/suggestionModes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { markAttrs, paragraphText, showMarks, suggestDelete, suggestInsert, suggestReplacement } from '../helpers/suggestionWrites';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('suggestions', () => {
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
  const decide = (name: string, id: string, decision: 'accept' | 'reject') =>
    api(name).request<DecisionResponse>('POST', `/api/workspaces/${team.workspaceId}/suggestions/${id}/${decision}`);
  const openSuggestions = async () => (await api('manager').request<SuggestionsResponse>('GET', `/api/workspaces/${team.workspaceId}/suggestions`)).body.suggestions;
  const closeCodeOf = (client: CollabClient) =>
    new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  /** The manager writes a starting text; returns the three connected clients. */
  async function startingPlan() {
    const manager = await open('manager');
    const plan = planDoc(manager.doc);
    plan.parentInput.setPlain('Sam reads at home every night.');
    const goalId = plan.goals.add({ area: 'communication', baseline: 'Uses 2-word phrases.' }, authorOf(team, 'manager'));
    const parent = await open('parent');
    const teacher = await open('teacher');
    await eventually(() => expect(planDoc(teacher.doc).parentInput.fragment().length).toBe(1));
    await eventually(() => expect(planDoc(parent.doc).goals.list().length).toBe(1));
    return { manager, parent, teacher, goalId };
  }

  it('two members suggest while the case manager accepts one and rejects the other; everyone converges', async () => {
    const { manager, parent, teacher, goalId } = await startingPlan();
    const parentWords = markAttrs(team, 'parent');
    const teacherWords = markAttrs(team, 'teacher');
    // Concurrently: the parent proposes words, the teacher proposes to strike others.
    suggestInsert(paragraphText(planDoc(parent.doc).parentInput.fragment()), 4, 'happily ', parentWords);
    suggestDelete(paragraphText(planDoc(teacher.doc).parentInput.fragment()), 17, 12, teacherWords);
    const baselineId = suggestReplacement(team, 'parent', planDoc(parent.doc).goals.text(goalId, 'baseline')!, 'Uses 3-word phrases.');
    await eventually(async () => expect((await openSuggestions()).map((s) => s.name).sort()).toEqual(['parent', 'parent', 'teacher']));
    for (const client of [manager, parent, teacher]) {
      await eventually(() => expect(showMarks(planDoc(client.doc).parentInput.fragment())).toBe('Sam [+happily +]reads at home[- every night-].'));
    }

    // Decided while the teacher keeps typing elsewhere in the same paragraph.
    const [accepted, rejected, plain] = await Promise.all([
      decide('manager', parentWords.id, 'accept'),
      decide('manager', teacherWords.id, 'reject'),
      decide('manager', baselineId, 'accept'),
      Promise.resolve(paragraphText(planDoc(teacher.doc).parentInput.fragment()).insert(0, 'Yes: ')),
    ]);
    expect([accepted.status, rejected.status, plain.status]).toEqual([200, 200, 200]);

    const expected = 'Yes: Sam happily reads at home every night.';
    for (const client of [manager, parent, teacher]) {
      await eventually(() => expect(showMarks(planDoc(client.doc).parentInput.fragment())).toBe(expected));
      await eventually(() => expect(planDoc(client.doc).goals.list()[0]!.baseline).toBe('Uses 3-word phrases.'));
      // Nothing of either suggestion is left: no marks, no records.
      expect(listSuggestions(client.doc)).toEqual([]);
      expect(JSON.stringify(planDoc(client.doc).parentInput.fragment().toJSON())).not.toContain(suggestionMarks.insert);
    }
    expect(await openSuggestions()).toEqual([]);
  });

  it('a rejected insertion leaves no trace and a rejected deletion keeps the words', async () => {
    const { parent } = await startingPlan();
    const inserted = markAttrs(team, 'parent');
    const struck = markAttrs(team, 'parent');
    const text = paragraphText(planDoc(parent.doc).parentInput.fragment());
    suggestInsert(text, 0, 'Maybe ', inserted);
    suggestDelete(text, 10, 5, struck);
    await eventually(async () => expect((await openSuggestions()).length).toBe(2));
    expect((await decide('manager', inserted.id, 'reject')).status).toBe(200);
    expect((await decide('manager', struck.id, 'reject')).status).toBe(200);
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Sam reads at home every night.'));
    const stored = await server.services.documents.loadDoc(team.planDoc);
    expect(showMarks(planDoc(stored).parentInput.fragment())).toBe('Sam reads at home every night.');
    expect(listSuggestions(stored)).toEqual([]);
    stored.destroy();
  });

  it('words typed over struck words are one rewording, accepted or rejected whole', async () => {
    const { parent } = await startingPlan();
    const rewording = markAttrs(team, 'parent');
    const text = paragraphText(planDoc(parent.doc).parentInput.fragment());
    // "every night" struck, "most evenings" typed in its place, under one id (as the editor writes it).
    parent.doc.transact(() => {
      suggestDelete(text, 18, 11, rewording);
      suggestInsert(text, 18, 'most evenings', rewording);
    });
    await eventually(async () => expect((await openSuggestions()).map((s) => [s.kind, s.base, s.text])).toEqual([['replace', 'every night', 'most evenings']]));
    const rejected = await decide('manager', rewording.id, 'reject');
    expect(rejected.status).toBe(200);
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Sam reads at home every night.'));
    await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/suggestions/undo`, { undoToken: rejected.body.undoToken });
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Sam reads at home [+most evenings+][-every night-].'));

    expect((await decide('manager', rewording.id, 'accept')).status).toBe(200);
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Sam reads at home most evenings.'));
    expect(await openSuggestions()).toEqual([]);
  });

  it('accepting a proposal for a short field keeps what the case manager typed in it meanwhile', async () => {
    const { manager, parent, teacher, goalId } = await startingPlan();
    // The parent proposes an addition to the baseline, started from 'Uses 2-word phrases.'
    const proposalId = suggestReplacement(team, 'parent', planDoc(parent.doc).goals.text(goalId, 'baseline')!, 'Uses 2-word phrases. At home, 3-word ones.');
    await eventually(async () => expect((await openSuggestions()).map((s) => s.id)).toEqual([proposalId]));
    // Meanwhile the case manager writes at the start of the same field.
    planDoc(manager.doc).goals.text(goalId, 'baseline')!.insert(0, 'In September: ');
    await eventually(() => expect(planDoc(parent.doc).goals.list()[0]!.baseline).toBe('In September: Uses 2-word phrases.'));

    expect((await decide('manager', proposalId, 'accept')).status).toBe(200);
    for (const client of [manager, parent, teacher]) {
      await eventually(() => expect(planDoc(client.doc).goals.list()[0]!.baseline).toBe('In September: Uses 2-word phrases. At home, 3-word ones.'));
    }
  });

  it('undoes an accept: the suggestion is open again with its words marked', async () => {
    const { manager, parent } = await startingPlan();
    const words = markAttrs(team, 'parent');
    suggestInsert(paragraphText(planDoc(parent.doc).parentInput.fragment()), 4, 'happily ', words);
    await eventually(async () => expect((await openSuggestions()).length).toBe(1));
    const accepted = await decide('manager', words.id, 'accept');
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Sam happily reads at home every night.'));

    const undo = await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/suggestions/undo`, { undoToken: accepted.body.undoToken });
    expect(undo.status).toBe(204);
    for (const client of [manager, parent]) {
      await eventually(() => expect(showMarks(planDoc(client.doc).parentInput.fragment())).toBe('Sam [+happily +]reads at home every night.'));
    }
    expect((await openSuggestions()).map((s) => [s.id, s.name])).toEqual([[words.id, 'parent']]);
    // A token is used once and only by whoever decided.
    expect((await api('manager').request('POST', `/api/workspaces/${team.workspaceId}/suggestions/undo`, { undoToken: accepted.body.undoToken })).status).toBe(409);
  });

  it('only the case manager accepts; an author may withdraw their own; all of one person’s at once', async () => {
    const { parent, teacher } = await startingPlan();
    const parentWords = markAttrs(team, 'parent');
    const parentMore = markAttrs(team, 'parent');
    const text = paragraphText(planDoc(parent.doc).parentInput.fragment());
    suggestInsert(text, 0, 'Every day ', parentWords);
    suggestInsert(text, text.length - 1, ' with dad', parentMore);
    await eventually(async () => expect((await openSuggestions()).length).toBe(2));

    const byTeacher = await decide('teacher', parentWords.id, 'accept');
    expect(byTeacher.status).toBe(403);
    expect((await decide('teacher', parentWords.id, 'reject')).status).toBe(403);
    expect((await decide('parent', parentWords.id, 'accept')).status).toBe(403);
    const allByTeacher = await api('teacher').request('POST', `/api/workspaces/${team.workspaceId}/suggestions/decide-all`, { userId: team.members.parent!.userId, decision: 'accept' });
    expect(allByTeacher.status).toBe(403);

    // The teacher's client tries it directly in the document: strip the mark (accept).
    const closed = closeCodeOf(teacher);
    const teacherText = paragraphText(planDoc(teacher.doc).parentInput.fragment());
    await eventually(() => expect(teacherText.toString()).toContain('Every day'));
    teacherText.format(0, 'Every day '.length, { [suggestionMarks.insert]: null });
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect((await openSuggestions()).length).toBe(2);

    // The author withdraws one of theirs; the case manager accepts the rest of theirs.
    expect((await decide('parent', parentMore.id, 'reject')).status).toBe(200);
    const all = await api('manager').request<DecisionResponse>('POST', `/api/workspaces/${team.workspaceId}/suggestions/decide-all`, { userId: team.members.parent!.userId, decision: 'accept' });
    expect(all.body.decided).toEqual([parentWords.id]);
    await eventually(() => expect(showMarks(planDoc(parent.doc).parentInput.fragment())).toBe('Every day Sam reads at home every night.'));
  });

  it('refuses a suggestion made in someone else’s name and a member deleting another’s words', async () => {
    const { parent, teacher } = await startingPlan();
    const closedParent = closeCodeOf(parent);
    suggestInsert(paragraphText(planDoc(parent.doc).parentInput.fragment()), 0, 'Forged ', markAttrs(team, 'teacher'));
    expect(await closedParent).toBe(CloseCodes.updateRejected.code);

    const parentAgain = await open('parent');
    const words = markAttrs(team, 'parent');
    suggestInsert(paragraphText(planDoc(parentAgain.doc).parentInput.fragment()), 0, 'Mine ', words);
    await eventually(async () => expect((await openSuggestions()).length).toBe(1));
    const closedTeacher = closeCodeOf(teacher);
    await eventually(() => expect(paragraphText(planDoc(teacher.doc).parentInput.fragment()).toString()).toContain('Mine'));
    paragraphText(planDoc(teacher.doc).parentInput.fragment()).delete(0, 2);
    expect(await closedTeacher).toBe(CloseCodes.updateRejected.code);
    expect((await openSuggestions()).map((s) => s.text)).toEqual(['Mine ']);
  });

  it('the case manager sets which roles start in suggesting mode', async () => {
    const initial = (await api('parent').request<SuggestionsResponse>('GET', `/api/workspaces/${team.workspaceId}/suggestions`)).body.modes;
    expect([initial.parent, initial.clinical_therapist, initial.teacher]).toEqual(['suggest', 'suggest', 'edit']);
    expect((await api('teacher').request('PUT', `/api/workspaces/${team.workspaceId}/suggestion-modes`, { role: 'teacher', mode: 'suggest' })).status).toBe(403);
    const changed = await api('manager').request<{ modes: SuggestionsResponse['modes'] }>('PUT', `/api/workspaces/${team.workspaceId}/suggestion-modes`, { role: 'teacher', mode: 'suggest' });
    expect(changed.body.modes.teacher).toBe('suggest');
  });
});
