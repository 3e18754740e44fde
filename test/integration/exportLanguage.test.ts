import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { planDoc } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import { apiClient } from '../helpers/apiClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('exports in the family’s language', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  let version: VersionView;
  const get = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } });
  const base = () => `/api/workspaces/${team.workspaceId}`;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    await editor.synced;
    // The team writes in English; a Spanish copy must keep these words exactly.
    const plan = planDoc(editor.doc);
    // A version needs every part the law asks for; the goal's words are the team's.
    writeCompletePlan(plan, authorOf(team, 'manager'), 'Asks for help in a full sentence');
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    await eventually(async () => {
      const stored = await manager.request<{ plan: { goals: unknown[] } }>('GET', `${base()}/plan`);
      expect(stored.body.plan).toEqual(JSON.parse(JSON.stringify(plan.snapshot())));
    });
    const proposed = await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' });
    expect(proposed.status).toBe(201);
    version = proposed.body.version;
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('writes a version’s headings, labels and signature statement in Spanish and the team’s words unchanged', async () => {
    const spanish = await get(`${base()}/versions/${version.id}/export?format=md&lang=es`);
    expect(spanish.status).toBe(200);
    const text = await spanish.text();
    for (const heading of ['Miembros del equipo', 'Niveles actuales', 'Metas', 'Aviso previo por escrito', 'Firmas', 'Quién debe firmar']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Programa de Educación Individualizada (IEP) de Sam Example');
    expect(text).toContain(`Cada firma abajo se aplica solo a la versión ${version.number}`);
    expect(text).toContain('Versión 1: Annual IEP');
    expect(text).toContain('Meta 1: Motricidad fina');
    expect(text).toContain('Dónde está el niño ahora (punto de partida)');
    expect(text).toContain('Agregado por manager, escuela');
    expect(text).toContain('Terapia ocupacional');
    expect(text).toContain('Con qué frecuencia');
    // The provider, frequency and place the team typed stay in their words.
    expect(text).toContain('Twice a week');
    expect(text).toContain('Resource room');
    // The team's own words, as written.
    expect(text).toContain('Asks for help in a full sentence');
    expect(text).toContain('Fisted grasp for one minute');
    expect(text).toContain('He enjoys drawing at home.');
    expect(text).not.toContain('Team members');
    expect(text).not.toContain('Each signature below applies');

    const english = await (await get(`${base()}/versions/${version.id}/export?format=md`)).text();
    expect(english).toContain('Team members');
    expect(english).toContain('Asks for help in a full sentence');
    expect(english).not.toContain('Miembros del equipo');
  });

  it('marks the document language in the file and refuses a language it does not offer', async () => {
    const html = await (await get(`${base()}/versions/${version.id}/export?format=html&lang=es`)).text();
    expect(html).toMatch(/<html lang="es-US">/);
    const docx = new Uint8Array(await (await get(`${base()}/versions/${version.id}/export?format=docx&lang=es`)).arrayBuffer());
    const styles = await (await JSZip.loadAsync(docx)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('es-US');

    const refused = await get(`${base()}/versions/${version.id}/export?format=md&lang=fr`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { id: string } }).error.id).toBe('invalid_language');
  });

  it('writes the draft mark in Spanish on a Spanish draft', async () => {
    const text = await (await get(`${base()}/plan/export?format=md&lang=es`)).text();
    expect(text).toContain('BORRADOR — no acordado');
    expect(text).toContain('Sin firmar: esto es un borrador.');
  });

  it('names a meeting nobody titled by its kind in Spanish, and keeps a title the team wrote', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const untitled = await manager.request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind: 'iep_meeting', startsAt: '2026-12-03T16:00:00.000Z' });
    const named = await manager.request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind: 'check_in', title: 'Planning the move to middle school', startsAt: '2026-12-10T16:00:00.000Z' });
    const notes = await (await get(`${base()}/meetings/${untitled.body.meeting.id}/export?format=md&lang=es`)).text();
    expect(notes).toContain('Reunión del IEP');
    expect(notes).not.toContain('IEP meeting');
    const other = await (await get(`${base()}/meetings/${named.body.meeting.id}/export?format=md&lang=es`)).text();
    expect(other).toContain('Planning the move to middle school');
  });
});

