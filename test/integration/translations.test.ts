import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import type { SaveTranslationResponse, TranslatableField, TranslationsResponse } from '../../shared/translations';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('translations of record', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let editor: CollabClient;
  let goalId: string;
  const as = (name: string, seeded: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: seeded.members[name]!.cookie });
  const path = () => `/api/workspaces/${team.workspaceId}/translations`;
  const baseline = () => ['goals', goalId, 'baseline'];
  const fields = async (name = 'interpreter') => (await as(name).request<TranslationsResponse>('GET', path())).body.fields;
  const field = async (fieldPath: string[], name = 'interpreter'): Promise<TranslatableField> => {
    const found = (await fields(name)).find((entry) => entry.path.join('/') === fieldPath.join('/'));
    if (!found) throw new Error(`no field ${fieldPath.join('/')}`);
    return found;
  };
  const save = (name: string, body: Record<string, unknown>) => as(name).request<SaveTranslationResponse & { error?: { id: string } }>('PUT', path(), body);
  /** Waits until the server has stored what the editor wrote. */
  const stored = (fieldPath: string[], text: string) => eventually(async () => expect((await field(fieldPath, 'manager')).text).toBe(text));

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', interpreter: 'interpreter', observer: 'observer' });
    other = await seedTeam(server.services, { elsewhere: 'case_manager' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
    goalId = writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
    await stored(baseline(), 'Fisted grasp for one minute');
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('ties a translation to the words it translated, flags it when they change and clears the flag on update', async () => {
    const before = await field(baseline());
    const saved = await save('interpreter', { path: baseline(), language: 'es', text: 'Agarre en puño durante un minuto', sourceHash: before.sourceHash });
    expect(saved.status).toBe(200);
    expect(saved.body.translation).toMatchObject({ status: 'current', sourceText: 'Fisted grasp for one minute', author: { userId: team.members.interpreter!.userId, role: 'interpreter' } });

    // The teacher rewrites the baseline afterwards.
    const text = planDoc(editor.doc).goals.text(goalId, 'baseline')!;
    editor.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, 'Fisted grasp for two minutes');
    });
    await stored(baseline(), 'Fisted grasp for two minutes');

    const outdated = (await field(baseline(), 'parent')).translations[0]!;
    expect(outdated.status).toBe('outdated');
    expect(outdated.text).toBe('Agarre en puño durante un minuto');
    // What changed, word by word: the old words struck, the new ones added.
    const changed = (kind: string) => outdated.sourceChange.filter((part) => part.kind === kind).map((part) => part.text);
    expect(changed('removed')).toEqual(['one', 'minute']);
    expect(changed('added')).toEqual(['two', 'minutes']);
    expect(outdated.sourceChange.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe('Fisted grasp for one minute');

    // Saving against the words it saw before the change is refused: it would tie an old
    // translation to new words.
    const stale = await save('interpreter', { path: baseline(), language: 'es', text: 'Agarre en puño durante dos minutos', sourceHash: before.sourceHash });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.id).toBe('source_changed');
    expect((await field(baseline())).translations[0]!.status).toBe('outdated');

    const now = await field(baseline());
    const updated = await save('interpreter', { path: baseline(), language: 'es', text: 'Agarre en puño durante dos minutos', sourceHash: now.sourceHash });
    expect(updated.status).toBe(200);
    const after = (await field(baseline(), 'teacher')).translations;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'current', text: 'Agarre en puño durante dos minutos', sourceChange: [] });
  });

  it('reads the source from the plan: a request cannot tie a translation to other words', async () => {
    const current = await field(baseline());
    const saved = await save('interpreter', {
      path: baseline(),
      language: 'es',
      text: 'Agarre en puño durante un minuto',
      sourceHash: current.sourceHash,
      sourceText: 'Holds a pencil perfectly',
    });
    expect(saved.status).toBe(200);
    expect((await field(baseline())).translations[0]!.sourceText).toBe('Fisted grasp for one minute');
    expect((await server.services.translations.find(team.workspaceId, baseline(), 'es'))!.sourceText).toBe('Fisted grasp for one minute');
  });

  it('lets the interpreter translate but never edit the plan or sign it', async () => {
    const interpreter = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.interpreter!.token } });
    try {
      await interpreter.synced;
      await eventually(() => expect(planDoc(interpreter.doc).goals.get(goalId)?.baseline).toBe('Fisted grasp for one minute'));
      const text = planDoc(interpreter.doc).goals.text(goalId, 'baseline')!;
      interpreter.doc.transact(() => text.insert(0, 'CHANGED BY INTERPRETER '));
      // A member's later edit arrives, so the interpreter's would have been stored before it.
      const teacherText = planDoc(editor.doc).goals.text(goalId, 'target')!;
      editor.doc.transact(() => teacherText.insert(teacherText.length, '.'));
      await stored(['goals', goalId, 'target'], 'Writes three sentences with a tripod grip.');
      expect((await field(baseline(), 'manager')).text).toBe('Fisted grasp for one minute');
    } finally {
      interpreter.destroy();
    }

    // Not through the API either: no comments, no versions, no signatures, no invitations.
    const interpreterApi = as('interpreter');
    const version = await as('manager').request<{ version: VersionView }>('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Annual IEP' });
    expect(version.status).toBe(201);
    expect(version.body.version.requiredSigners).not.toContain(team.members.interpreter!.userId);
    const signed = await interpreterApi.request('POST', `/api/workspaces/${team.workspaceId}/versions/${version.body.version.id}/signatures`, {
      decision: 'agree',
      versionHash: version.body.version.hash,
      statement: '',
      typedName: 'interpreter Fullname',
      password: testPassword,
    });
    expect(signed.status).toBe(403);
    expect((await interpreterApi.request('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Mine' })).status).toBe(403);
    expect((await interpreterApi.request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { title: 'Mine', startsAt: '2026-12-01T10:00:00Z' })).status).toBe(403);
  });

  it('is invited by the case manager, never by a parent or a teacher', async () => {
    const invitations = `/api/workspaces/${team.workspaceId}/invitations`;
    const invite = (name: string) => as(name).request('POST', invitations, { email: `interpreter.${name}@example.org`, role: 'interpreter', language: 'es' });
    expect((await invite('manager')).status).toBe(201);
    expect((await invite('parent')).status).toBe(403);
    expect((await invite('teacher')).status).toBe(403);
  });

  it('refuses strangers, other teams, observers and bad input, and loses nothing', async () => {
    const current = await field(baseline());
    const body = { path: baseline(), language: 'es', text: 'Agarre en puño durante un minuto', sourceHash: current.sourceHash };
    expect((await save('interpreter', body)).status).toBe(200);

    const stranger = apiClient(server.url);
    expect((await stranger.request('GET', path())).status).toBe(401);
    expect((await stranger.request('PUT', path(), body)).status).toBe(401);
    expect((await as('elsewhere', other).request('GET', path())).status).toBe(403);
    expect((await as('elsewhere', other).request('PUT', path(), { ...body, text: 'Vandalizado' })).status).toBe(403);
    const observer = await save('observer', { ...body, text: 'Vandalizado' });
    expect(observer.status).toBe(403);
    expect(observer.body.error?.id).toBe('role_not_allowed');

    const refusals: [Record<string, unknown>, string][] = [
      [{ ...body, path: ['meta', 'status'] }, 'invalid_path'],
      [{ ...body, path: 'goals' }, 'invalid_path'],
      [{ ...body, path: ['goals', 'a/b'] }, 'invalid_path'],
      [{ ...body, language: 'xx' }, 'invalid_language'],
      [{ ...body, text: '   ' }, 'invalid_text'],
      [{ ...body, text: 'x'.repeat(40_001) }, 'invalid_text'],
      [{ ...body, sourceHash: undefined }, 'invalid_source_hash'],
      [{ ...body, path: ['goals', 'no-such-goal', 'baseline'] }, 'no_such_field'],
    ];
    for (const [bad, id] of refusals) {
      const answer = await save('interpreter', bad);
      expect(answer.body.error?.id, JSON.stringify(bad).slice(0, 80)).toBe(id);
    }
    // The team's translation is as it was.
    expect((await field(baseline(), 'parent')).translations).toMatchObject([{ text: 'Agarre en puño durante un minuto', status: 'current' }]);
  });
});
