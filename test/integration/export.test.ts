import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import JSZip from 'jszip';
import { planDoc } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
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
    plan.goals.add({ area: 'fine_motor', target: 'Tripod grip for ten minutes', description: '<img src=x onerror=alert(1)> grip' }, author);
    plan.goals.add({ area: 'communication', target: 'Asks for help in a full sentence' }, author);
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    await eventually(async () => {
      const stored = await manager.request<{ plan: { goals: unknown[] } }>('GET', `${base()}/plan`);
      expect(stored.body.plan.goals).toHaveLength(2);
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
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="iep-plan-draft\.pdf"/);
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThan(0);

    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const audit = await manager.request<{ events: { action: string; actorName: string; details: Record<string, string> }[] }>('GET', `${base()}/audit`);
    expect(audit.body.events).toContainEqual(expect.objectContaining({ action: 'plan.exported', actorName: 'parent', details: { format: 'pdf', version: 'draft' } }));
  });

  it('exports one version to the same bytes every time, with its hash', async () => {
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const version = (await manager.request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' })).body.version;
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

  it('refuses observers, strangers and unknown formats', async () => {
    expect((await get('observer', `${base()}/plan/export?format=pdf`)).status).toBe(403);
    expect((await fetch(`${server.url}${base()}/plan/export?format=pdf`)).status).toBe(401);
    expect((await get('parent', `${base()}/plan/export?format=exe`)).status).toBe(400);
  });
});
