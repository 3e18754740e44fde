import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import JSZip from 'jszip';
import { planDoc, ProgressDoc, writePlainParagraphs } from '../../shared/schema';
import { writeCompletePlan } from '../helpers/completePlan';
import { pdfToText } from '../helpers/exportText';
import type { VersionView } from '../../shared/api';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';


describe('exporting the plan', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  // As the browser sends a download started from our own page.
  const get = (name: string, path: string) =>
    fetch(`${server.url}${path}`, { headers: { cookie: team.members[name]!.cookie, 'sec-fetch-site': 'same-origin' } });
  const base = () => `/api/workspaces/${team.workspaceId}`;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent', observer: 'observer' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    await editor.synced;
    const plan = planDoc(editor.doc);
    const author = authorOf(team, 'manager');
    plan.goals.add({ area: 'fine_motor', baseline: 'One minute', target: 'Tripod grip for ten minutes', measurement: 'Timed', progressSchedule: 'Quarterly', description: '<img src=x onerror=alert(1)> grip' }, author);
    plan.goals.add({ area: 'communication', baseline: 'Points', target: 'Asks for help in a full sentence', measurement: 'Tally', progressSchedule: 'Quarterly' }, author);
    plan.presentLevels.setShown('communication', true);
    plan.doc.transact(() => writePlainParagraphs(plan.presentLevels.fragment('communication'), 'Points to ask for help.'), plan.origin);
    writeCompletePlan(plan, author);
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    await eventually(async () => {
      const stored = await manager.request<{ plan: { goals: unknown[] } }>('GET', `${base()}/plan`);
      expect(stored.body.plan.goals).toHaveLength(3);
      expect(stored.body.plan).toEqual(JSON.parse(JSON.stringify(plan.snapshot())));
    });
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('downloads the live draft as a PDF marked DRAFT, and logs the disclosure', async () => {
    const response = await get('parent', `${base()}/plan/export?format=pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="IEP-SE-\d{4}-\d{2}-draft\.pdf"/);
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThan(0);

    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const audit = await manager.request<{ events: { action: string; actorName: string; details: Record<string, string> }[] }>('GET', `${base()}/audit`);
    expect(audit.body.events).toContainEqual(expect.objectContaining({ action: 'plan.exported', actorName: 'parent', details: { format: 'pdf', version: 'draft' } }));
  });

  it('dates a draft and meeting notes with the moment they were exported', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    // A meeting held months ago: its notes, exported today, are dated today.
    const held = await manager.request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind: 'iep_meeting', title: 'Spring review', startsAt: '2026-03-02T15:00:00.000Z' });
    expect(held.status).toBe(201);
    // PDF dates keep whole seconds.
    const before = Math.floor(Date.now() / 1000) * 1000;
    const draft = await PDFDocument.load(new Uint8Array(await (await get('parent', `${base()}/plan/export?format=pdf`)).arrayBuffer()), { updateMetadata: false });
    const notes = await PDFDocument.load(new Uint8Array(await (await get('parent', `${base()}/meetings/${held.body.meeting.id}/export?format=pdf`)).arrayBuffer()), { updateMetadata: false });
    const after = Date.now();
    for (const pdf of [draft, notes]) {
      const created = pdf.getCreationDate()!.getTime();
      expect(created).toBeGreaterThanOrEqual(before);
      expect(created).toBeLessThanOrEqual(after);
    }
  });

  it('exports one version to the same bytes every time, with its hash', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const proposed = await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' });
    expect(proposed.body).toMatchObject({ version: { number: 1 } });
    const version = proposed.body.version;
    planDoc(editor.doc).goals.add({ area: 'sensory', target: 'Added after the version' }, authorOf(team, 'manager'));
    const first = new Uint8Array(await (await get('parent', `${base()}/versions/${version.id}/export?format=docx`)).arrayBuffer());
    const second = new Uint8Array(await (await get('manager', `${base()}/versions/${version.id}/export?format=docx`)).arrayBuffer());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const xml = await (await JSZip.loadAsync(first)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Tripod grip for ten minutes');
    expect(xml).toContain('Asks for help in a full sentence');
    expect(xml).not.toContain('Added after the version');
    expect(xml).toContain(version.hash);
  });

  it('renders what a member typed as inert text in HTML', async () => {
    const html = await (await get('parent', `${base()}/plan/export?format=html`)).text();
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const markdown = await (await get('parent', `${base()}/plan/export?format=md`)).text();
    expect(markdown).toMatch(/^# /m);
  });

  it('freezes what a version shows: its four exports never change, and no two versions share a fingerprint', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    expect((await manager.request('PUT', `${base()}/time-zone`, { timeZone: 'America/Chicago' })).status).toBe(200);
    // 00:30 UTC on December 4 is 6:30 PM on December 3 in Chicago.
    const scheduled = await manager.request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind: 'iep_meeting', title: 'Annual review', startsAt: '2026-12-04T00:30:00.000Z' });
    expect(scheduled.status).toBe(201);
    const first = (await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' })).body.version;
    const exportAll = async (versionId: string) => {
      const files: Record<string, Buffer> = {};
      for (const format of ['pdf', 'docx', 'html', 'md']) {
        const response = await get('parent', `${base()}/versions/${versionId}/export?format=${format}`);
        expect(response.status).toBe(200);
        files[format] = Buffer.from(await response.arrayBuffer());
      }
      return files;
    };
    const before = await exportAll(first.id);
    const markdown = before.md!.toString('utf8');
    expect(markdown).toContain('Annual review, December 3, 2026');
    expect(markdown).not.toContain('December 4, 2026');
    expect(markdown).toMatch(/Proposed[^\n]*(CST|CDT)/);
    const meetingNotes = await (await get('parent', `${base()}/meetings/${scheduled.body.meeting.id}/export?format=md`)).text();
    expect(meetingNotes).toContain('December 3, 2026, 6:30 PM CST');

    // Afterwards: someone joins, another meeting is scheduled, the zone and the live plan change.
    const latecomer = await server.services.users.create(`late.${Date.now()}@example.org`, 'Late Joiner', 'x');
    await server.services.workspaces.addMember(team.workspaceId, latecomer.id, 'teacher', null);
    await manager.request('POST', `${base()}/meetings`, { kind: 'iep_meeting', title: 'Later meeting', startsAt: '2027-01-10T15:00:00.000Z' });
    await manager.request('PUT', `${base()}/time-zone`, { timeZone: 'Europe/Berlin' });
    planDoc(editor.doc).goals.add({ area: 'fine_motor', baseline: 'b', target: 'Added after the version', measurement: 'm', progressSchedule: 'Quarterly' }, authorOf(team, 'manager'));
    await eventually(async () => {
      const stored = await manager.request<{ plan: { goals: unknown[] } }>('GET', `${base()}/plan`);
      expect(stored.body.plan.goals).toHaveLength(4);
    });

    const after = await exportAll(first.id);
    for (const format of Object.keys(before)) expect(after[format]!.equals(before[format]!), format).toBe(true);
    expect(after.md!.toString('utf8')).not.toContain('Late Joiner');
    expect(after.md!.toString('utf8')).not.toContain('Later meeting');

    // A changed plan gets a new fingerprint; the same plan again needs a reason, and still gets its own.
    const second = (await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Amendment' })).body.version;
    const unchanged = await manager.request<{ error: { id: string; message: string } }>('POST', `${base()}/versions`, { title: 'Same again' });
    expect(unchanged.status).toBe(409);
    expect(unchanged.body.error.id).toBe('plan_unchanged');
    expect(unchanged.body.error.message).toContain('version 2');
    const third = await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Same again', reason: 'The meeting moved to a new date' });
    expect(third.status).toBe(201);
    expect(third.body.version.reason).toBe('The meeting moved to a new date');
    expect(new Set([first.hash, second.hash, third.body.version.hash]).size).toBe(3);
    expect(third.body.version.documentCode).toBe(`${third.body.version.hash.slice(0, 4)}-${third.body.version.hash.slice(4, 8)}`);
  });

  it('reports progress on the goals of the agreed plan in force, with a code per goal, a chart, the issue date and the author', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const parent = apiClient(server.url, { cookie: team.members.parent!.cookie });
    const version = (await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' })).body.version;
    for (const [client, name] of [[manager, 'Morgan Manager'], [parent, 'Pat Parent']] as const) {
      const signed = await client.request('POST', `${base()}/versions/${version.id}/signatures`, { decision: 'agree', versionHash: version.hash, typedName: name, password: testPassword });
      expect(signed.status).toBe(201);
    }
    const goalId = planDoc(editor.doc).snapshot().goals[0]!.id;
    // The live draft moves on after the agreement; the report still reads the agreed goals.
    planDoc(editor.doc).goals.add({ area: 'math', baseline: 'b', target: 'A goal added after agreement', measurement: 'm', progressSchedule: 'Quarterly' }, authorOf(team, 'manager'));
    const progressClient = connectClient(server.wsUrl, `${team.workspaceId}/progress`, { params: { token: team.members.manager!.token } });
    await progressClient.synced;
    const progress = new ProgressDoc(progressClient.doc);
    progress.setMeasure(goalId, { kind: 'percent', ratingMax: 5, baseline: 20, target: 80, higherIsBetter: true });
    [30, 45, 60, 75].forEach((value, week) => progress.add({ goalId, date: `2099-10-0${week * 2 + 1}`, value, setting: 'school' }, authorOf(team, 'manager')));
    const report = (query: string) => get('parent', `${base()}/progress/report?from=2099-10-01&to=2099-12-31&format=md&issued=2099-12-31${query}`);
    let markdown = '';
    await eventually(async () => {
      markdown = await (await report('')).text();
      expect(markdown).toContain('4 observations were recorded');
    });
    progressClient.destroy();
    expect(markdown).toContain(`Version ${version.number} of the plan, agreed`);
    expect(markdown).not.toContain('A goal added after agreement');
    expect(markdown).toContain('Making sufficient progress to meet the goal by the annual review');
    expect(markdown).toContain('as the data suggests');
    expect(markdown).toMatch(/\*\*Issued:\*\* December 31, 2099/);
    expect(markdown).toMatch(/\*\*Prepared by:\*\* parent/);
    expect(markdown).toMatch(/\*Chart: Percent of trials from October 1, 2099 to December 31, 2099, by setting \(school: 4 points/);
    const chosen = await (await report(`&code.${goalId}=some`)).text();
    expect(chosen).toContain('Making some progress');
    expect(chosen).toContain('chosen by the team; the data suggested: making sufficient progress');
    expect((await report('&code.nope=some')).status).toBe(400);
    const html = await (await get('parent', `${base()}/progress/report?from=2099-10-01&to=2099-12-31&format=html`)).text();
    expect(html).toMatch(/<svg role="img" aria-label="Percent of trials from October 1, 2099/);
    const pdf = await get('parent', `${base()}/progress/report?from=2099-10-01&to=2099-12-31&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdfToText(new Uint8Array(await pdf.arrayBuffer()))).toContain('Making sufficient progress');
  });

  it('refuses observers, strangers and unknown formats', async () => {
    expect((await get('observer', `${base()}/plan/export?format=pdf`)).status).toBe(403);
    expect((await fetch(`${server.url}${base()}/plan/export?format=pdf`)).status).toBe(401);
    expect((await get('parent', `${base()}/plan/export?format=exe`)).status).toBe(400);
  });
});
