import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { englishLeftOn, englishPhrases } from '../helpers/englishLeft';
import { seedCompletePlan } from '../helpers/completePlan';
import { connectClient } from '../helpers/collabClient';
import { eventually } from '../helpers/waitFor';
import { planDoc } from '../../shared/schema';

/** A Spanish-speaking parent reads the plan, a meeting and the versions in Spanish, with no English left. */
describe('the plan, a meeting and the versions in Spanish', () => {
  let meetingId = '';
  let teamWords = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Rosa Delgado': 'parent' }, async (server, team) => {
    await seedCompletePlan(server, team, 'Dana Ortiz', 'case_manager', 'Writes three sentences with a tripod grip');
    const dana = apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie });
    expect((await dana.request('PUT', `/api/workspaces/${team.workspaceId}/time-zone`, { timeZone: 'America/Chicago' })).status).toBe(200);
    const meeting = await dana.request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'iep_meeting', title: 'Fall planning with Rosa', startsAt: '2026-12-05T00:30:00.000Z' });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.meeting.id;
    expect((await dana.request('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Annual IEP 2026' })).status).toBe(201);
    teamWords = JSON.stringify((await dana.request('GET', `/api/workspaces/${team.workspaceId}/plan`)).body);
  });
  const phrases = englishPhrases();

  it('finds an English screen when there is one', async () => {
    // The same check on the English page must find plenty, or it could never fail.
    const page = await suite.open('Rosa Delgado', '/plan');
    await page.getByRole('heading', { level: 2, name: 'What we see now' }).waitFor();
    expect((await englishLeftOn(page, phrases, teamWords)).length).toBeGreaterThan(20);
  });

  it('shows the versions panel, the plan and a meeting with no English from the catalog once Spanish is chosen', async () => {
    const page = await suite.open('Rosa Delgado', '', { waitForConnection: false });
    await page.getByTestId('versions-panel').waitFor();
    await page.getByTestId('language-select').selectOption('es');
    await page.getByRole('heading', { name: 'Planes aprobados' }).waitFor();
    const panel = page.getByTestId('versions-panel');
    await panel.getByText('Versión 1:', { exact: true }).waitFor();
    await panel.getByText('Se necesita su firma en esta versión.').waitFor();
    // The time zone card says which clock every time is on, in Spanish, read-only for a parent.
    await page.getByTestId('time-zone-current').getByText('America / Chicago', { exact: false }).waitFor();
    expect(await page.getByTestId('time-zone-card').getByRole('combobox').count()).toBe(0);
    expect(await englishLeftOn(page, phrases, teamWords)).toEqual([]);

    // The choice is kept on her account: the plan opens in Spanish.
    const plan = await suite.open('Rosa Delgado', '/plan');
    await plan.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await plan.getByText('Meta 1: Motricidad fina').waitFor();
    // Every field's comment button and its hint, once written in English only.
    await plan.getByText('Primero seleccione algunas palabras').first().waitFor();
    expect(await plan.getByRole('button', { name: 'Comentar el texto seleccionado' }).count()).toBeGreaterThan(5);
    expect(await englishLeftOn(plan, phrases, teamWords)).toEqual([]);
    // Who is here names her as herself in Spanish too.
    await expect.poll(() => plan.getByTestId('presence').innerText()).toContain('Rosa Delgado (usted)');
    expect(await plan.getByTestId('presence').innerText()).not.toContain('(you)');

    // The meeting: 00:30 UTC is 6:30 PM the evening before in Chicago, written the Spanish way.
    const meeting = await suite.open('Rosa Delgado', `/meeting/${meetingId}`);
    await meeting.getByRole('heading', { name: 'Agenda' }).waitFor();
    await meeting.getByText('En la zona horaria del equipo (America/Chicago).').waitFor();
    expect(await meeting.getByLabel('Fecha y hora').inputValue()).toBe('2026-12-04T18:30');
    await meeting.getByRole('button', { name: 'Mostrar el plan junto a la agenda' }).click();
    await meeting.getByRole('heading', { name: 'El plan' }).waitFor();
    expect(await englishLeftOn(meeting, phrases, teamWords)).toEqual([]);

    // The progress report names each goal in Spanish as the plan does.
    const progress = await suite.open('Rosa Delgado', '/progress');
    const codes = progress.getByRole('group', { name: 'El progreso en cada meta, según acuerde el equipo' });
    await codes.getByText('Meta 1: Motricidad fina', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await codes.innerText()).not.toContain('Goal');
    expect(await englishLeftOn(progress, phrases, teamWords)).toEqual([]);
  });

  it('lets the case manager move the workspace to another zone, and every time follows', async () => {
    const page = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    const card = page.getByTestId('time-zone-card');
    const meetings = page.getByTestId('meetings');
    // 00:30 UTC: the evening of 4 December in Chicago…
    await meetings.getByText(/Dec 4, 2026, 6:30\sPM CST/).waitFor();
    await card.getByLabel('Time zone of the school').selectOption('Europe/Madrid');
    await card.getByRole('button', { name: 'Save the time zone' }).click();
    await card.getByText('Saved. Times are now shown in Europe / Madrid.').waitFor();
    // …and the small hours of 5 December in Madrid.
    await meetings.getByText(/Dec 5, 2026, 1:30\sAM GMT\+1/).waitFor();
  });

  it('shows the case manager the checklist beside "Propose" and the caseload’s completeness in Spanish', async () => {
    const page = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    const panel = page.getByTestId('versions-panel');
    await panel.waitFor();
    await page.getByTestId('language-select').selectOption('es');
    await panel.getByRole('button', { name: 'Proponer una versión' }).click();
    await panel.getByText('El plan tiene todo lo obligatorio').waitFor();
    // A line about one goal, with its area from the vocabulary, once said only in English.
    await panel.getByText('Hecho: La meta 1 (Motricidad fina) es medible y tiene un calendario de informes').waitFor();
    expect(await englishLeftOn(page, phrases, teamWords)).toEqual([]);

    await page.goto(`${suite.server.url}/caseload`);
    const line = page.getByTestId('caseload-student').locator('.caseload__complete');
    // All but who attended and the prior written notice, which the meeting itself completes.
    await expect.poll(() => line.innerText(), { timeout: 20_000 }).toBe('11 de 13 partes obligatorias completas');
    expect(await englishLeftOn(page, phrases, teamWords)).toEqual([]);
  });

  it('shows a Spanish-reading parent what changed between two versions in Spanish', async () => {
    const dana = suite.team.members['Dana Ortiz']!;
    const writer = connectClient(suite.server.wsUrl, suite.team.planDoc, { params: { token: dana.token } });
    const api = apiClient(suite.server.url, { cookie: dana.cookie });
    try {
      await writer.synced;
      const plan = planDoc(writer.doc);
      plan.goals.update(plan.goals.list()[0]!.id, { status: 'active' });
      plan.student.update({ grade: '3' });
      const expected = JSON.parse(JSON.stringify(plan.snapshot())) as unknown;
      await eventually(async () => expect((await api.request<{ plan: unknown }>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`)).body.plan).toEqual(expected));
    } finally {
      writer.destroy();
    }
    expect((await api.request('POST', `/api/workspaces/${suite.team.workspaceId}/versions`, { title: 'Annual IEP 2026, revised' })).status).toBe(201);

    const page = await suite.open('Rosa Delgado', '', { waitForConnection: false });
    const panel = page.getByTestId('versions-panel');
    await panel.waitFor();
    await page.getByTestId('language-select').selectOption('es');
    await panel.getByText('Versión 2:', { exact: true }).waitFor();
    await panel.getByRole('button', { name: /^Comparar/ }).first().click();
    const goals = panel.getByTestId('changes-goals');
    await goals.getByText('Estado', { exact: true }).waitFor();
    expect(await goals.innerText()).toContain('Motricidad fina: Writes three sentences with a tripod grip');
    expect(await goals.locator('del').innerText()).toContain('Borrador');
    expect(await goals.locator('ins').innerText()).toContain('Trabajando en ello');
    const student = panel.getByTestId('changes-student');
    await student.getByText('Grado', { exact: true }).waitFor();
    const shown = await panel.innerText();
    expect(shown).not.toMatch(/\b(Status|Grade|Fine motor|draft|active)\b/);
    expect(await englishLeftOn(page, phrases, teamWords)).toEqual([]);

    // Reading the version shows its parts with the same Spanish words.
    await panel.getByRole('button', { name: /Todas las versiones/ }).first().click();
    await panel.getByRole('button', { name: /^Leer/ }).first().click();
    const readStudent = page.getByTestId('reader-student');
    await readStudent.getByText('Grado', { exact: true }).waitFor();
    expect(await readStudent.innerText()).not.toMatch(/\b(Grade|Date of birth|School)\b/);
    expect(await englishLeftOn(page, phrases, teamWords)).toEqual([]);
  });
});
