import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import type { TranslationsResponse } from '../../shared/translations';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('the family’s copy with translations of record', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  let goalId: string;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const base = () => `/api/workspaces/${team.workspaceId}`;
  const exported = async (path: string) => {
    const response = await fetch(`${server.url}${base()}${path}`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const sourceHash = async (path: string[]) =>
    (await as('interpreter').request<TranslationsResponse>('GET', `${base()}/translations`)).body.fields.find((field) => field.path.join('/') === path.join('/'))!.sourceHash;
  const translate = async (path: string[], text: string) => {
    const saved = await as('interpreter').request('PUT', `${base()}/translations`, { path, language: 'es', text, sourceHash: await sourceHash(path) });
    expect(saved.status).toBe(200);
  };
  const rewrite = async (field: 'baseline' | 'target', text: string) => {
    const typed = planDoc(editor.doc).goals.text(goalId, field)!;
    editor.doc.transact(() => {
      typed.delete(0, typed.length);
      typed.insert(0, text);
    });
    await eventually(async () => {
      const stored = await as('manager').request<{ plan: { goals: { baseline: string; target: string }[] } }>('GET', `${base()}/plan`);
      expect(stored.body.plan.goals[0]![field]).toBe(text);
    });
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent', interpreter: 'interpreter' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    await editor.synced;
    goalId = writeCompletePlan(planDoc(editor.doc), authorOf(team, 'manager'), 'Asks for help in a full sentence');
    await eventually(async () => expect(await sourceHash(['parentInput'])).toMatch(/^[0-9a-f]{64}$/));
    await translate(['goals', goalId, 'target'], 'Pide ayuda con una oración completa');
    await translate(['goals', goalId, 'baseline'], 'Agarre en puño durante un minuto');
    await translate(['parentInput'], 'Le gusta dibujar en casa.');
    // A service line is plain words too.
    const serviceId = planDoc(editor.doc).services.list()[0]!.id;
    await translate(['services', serviceId, 'frequency'], 'Dos veces por semana');
    // The team changes the baseline after it was translated.
    await rewrite('baseline', 'Fisted grasp for two minutes');
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('prints translations beside the team’s words, marks the stale and the untranslated, and says who translated what', async () => {
    const text = await exported('/plan/export?format=md&lang=es&translations=beside');
    expect(text).toContain('## Traducciones en esta copia');
    // The team's words stay, each translation follows them.
    expect(text).toContain('Asks for help in a full sentence **— Español:** Pide ayuda con una oración completa');
    expect(text).toContain('He enjoys drawing at home.');
    expect(text).toContain('**Español:** Le gusta dibujar en casa.');
    expect(text).toContain('Twice a week **— Español:** Dos veces por semana');
    expect(text).toMatch(/\| Servicios · Terapia ocupacional · Con qué frecuencia \| Español \|/);
    // A translation of words the team has since changed is printed marked, after the new words.
    expect(text).toContain('Fisted grasp for two minutes ***— Traducción al español desactualizada');
    // A field nobody translated says so.
    expect(text).toContain('Weekly observation by the OT *(No traducido al español.)*');
    expect(text).toMatch(/\| interpreter \(Intérprete\), [^|]+ \| Coincide con el plan \|/);
    expect(text).toMatch(/\| interpreter \(Intérprete\), [^|]+ \| \*\*Desactualizada: el equipo cambió este texto después\*\* \|/);
  });

  it('prints current translations instead of the team’s words, but never drops the words for a stale one', async () => {
    const text = await exported('/plan/export?format=md&lang=es&translations=instead');
    expect(text).toContain('Pide ayuda con una oración completa');
    expect(text).not.toContain('Asks for help in a full sentence');
    expect(text).toContain('*Traducido al español por interpreter.*');
    expect(text).toContain('Fisted grasp for two minutes');
    expect(text).not.toContain('He enjoys drawing at home.');
  });

  it('freezes translations with a version: updating one later changes the draft, not the version', async () => {
    const proposed = await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' });
    expect(proposed.status).toBe(201);
    const version = proposed.body.version;
    await translate(['goals', goalId, 'baseline'], 'Agarre en puño durante dos minutos');

    const frozen = await exported(`/versions/${version.id}/export?format=md&lang=es&translations=beside`);
    expect(frozen).toContain('Fisted grasp for two minutes ***— Traducción al español desactualizada');
    expect(frozen).not.toContain('durante dos minutos');
    const draft = await exported('/plan/export?format=md&lang=es&translations=beside');
    expect(draft).toContain('Fisted grasp for two minutes **— Español:** Agarre en puño durante dos minutos');

    // Without the option, the copy holds the team's words only, as before.
    const plain = await exported(`/versions/${version.id}/export?format=md&lang=es`);
    expect(plain).not.toContain('Traducciones en esta copia');
    expect(plain).not.toContain('Pide ayuda');
  });

  it('writes the progress report’s fixed text in Spanish with lang=es', async () => {
    const report = await exported('/progress/report?from=2026-09-01&to=2026-10-31&format=md&lang=es');
    expect(report).toContain('# Informe de progreso');
    expect(report).toContain('No se registró ninguna observación entre el 1 de septiembre de 2026 y el 31 de octubre de 2026.');
    expect(report).toContain('Asks for help in a full sentence');
    const english = await exported('/progress/report?from=2026-09-01&to=2026-10-31&format=md');
    expect(english).toContain('# Progress report');
  });

  it('writes meeting notes’ fixed text in Spanish with lang=es', async () => {
    const created = await as('manager').request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind: 'joint_evaluation', startsAt: '2026-12-01T15:00:00Z' });
    expect(created.status).toBe(201);
    const notes = await exported(`/meetings/${created.body.meeting.id}/export?format=md&lang=es`);
    expect(notes).toContain('# Sesión de evaluación conjunta');
    expect(notes).toContain('## Quién participó');
    expect(notes).toContain('No se tomaron notas.');
  });

  it('refuses an unknown way of printing translations or an unknown language', async () => {
    for (const query of ['translations=sideways', 'translations=beside&translationLanguage=xx']) {
      const response = await fetch(`${server.url}${base()}/plan/export?format=md&lang=es&${query}`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } });
      expect(response.status).toBe(400);
    }
  });
});
