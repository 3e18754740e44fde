import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, type Author } from '../../shared/schema';
import { fieldLimits } from '../../shared/schema/limits';
import { watchHealth } from '../helpers/healthWatch';
import { seedDataDir, type SeededTeam } from '../helpers/seed';
import { withServerDatabase } from '../helpers/serverDatabase';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';

/**
 * Exports must never stall the server: the PDF and DOCX renderers run on a worker thread with
 * a time and memory limit, and every field is clamped to its schema limit before rendering.
 * The plans below are written straight into the store, as a document saved before the limits
 * existed would be, so nothing on the way in can have refused them.
 */

async function storePlan(dataDir: string, team: SeededTeam, fill: (plan: ReturnType<typeof planDoc>, author: Author) => void): Promise<void> {
  const doc = new Y.Doc();
  const manager = team.members.manager!;
  fill(planDoc(doc), { userId: manager.userId, name: 'manager', role: 'case_manager', setting: 'school' });
  await withServerDatabase(dataDir, ({ documents }) => documents.appendUpdate(team.planDoc, Y.encodeStateAsUpdate(doc)));
  doc.destroy();
}

describe('hostile exports', () => {
  let server: SpawnedServer | null = null;
  afterEach(async () => {
    await server?.kill();
    server = null;
  });

  const exportOf = (team: SeededTeam, format: string) =>
    fetch(`${server!.url}/api/workspaces/${team.workspaceId}/plan/export?format=${format}`, {
      headers: { cookie: team.members.manager!.cookie, 'sec-fetch-site': 'same-origin' },
    });

  it('exports a plan with a 5,000-character title while /healthz keeps answering', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir);
    const title = 'Reading plan '.repeat(400).slice(0, 5_000);
    await storePlan(dataDir, team, (plan, author) => {
      plan.meta.setTitle(title);
      plan.goals.add({ area: 'reading', target: 'Reads 90 words a minute' }, author);
    });
    server = await spawnServer({ DATA_DIR: dataDir }, { compiled: true });
    const health = watchHealth(server);
    for (const format of ['pdf', 'docx', 'html', 'md']) {
      const response = await exportOf(team, format);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      if (format === 'md') {
        // The title is clamped to the schema's limit for short values, not printed 5,000 characters long.
        const heading = body.toString('utf8').split('\n').find((line) => line.startsWith('# '))!;
        expect(heading.length).toBeLessThanOrEqual(fieldLimits.shortValue + 2);
        expect(heading).toContain('Reading plan');
      }
    }
    const summary = await health.stop();
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('stops the export of a huge plan cleanly, keeps answering, and exports the next plan', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir);
    const other = await seedDataDir(dataDir);
    const long = 'The student reads the passage aloud and answers questions. '.repeat(90).slice(0, fieldLimits.typedText);
    await storePlan(dataDir, team, (plan, author) => {
      plan.meta.setTitle('Huge plan');
      for (let index = 0; index < 150; index += 1) {
        plan.goals.add({ area: 'reading', baseline: long, target: long, measurement: long, progressSchedule: long }, author);
      }
    });
    await storePlan(dataDir, other, (plan, author) => {
      plan.meta.setTitle('Ordinary plan');
      plan.goals.add({ area: 'communication', target: 'Asks for help in a full sentence' }, author);
    });
    server = await spawnServer({ DATA_DIR: dataDir, EXPORT_TIME_LIMIT_MS: '15000', EXPORT_MEMORY_LIMIT_MB: '128' }, { compiled: true });
    const health = watchHealth(server);

    const huge = await exportOf(team, 'pdf');
    if (huge.status !== 200) {
      // Refused with a clear reason, never a hang or a crash.
      expect([422, 503]).toContain(huge.status);
      const { error } = (await huge.json()) as { error: { id: string; message: string } };
      expect(['export_timed_out', 'export_too_large']).toContain(error.id);
      expect(error.message).toMatch(/export/i);
    }
    const ordinary = await exportOf(other, 'pdf');
    expect(ordinary.status).toBe(200);
    expect(ordinary.headers.get('content-type')).toBe('application/pdf');

    const summary = await health.stop();
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  }, 120_000); // two exports that may each use their whole time limit on a busy machine
});
