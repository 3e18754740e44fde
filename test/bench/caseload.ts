import { performance } from 'node:perf_hooks';
import type { CaseloadView } from '../../shared/api';
import { meetingDoc, planDoc, type Author } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { writeCompletePlan } from '../helpers/iepFixture';
import { seedTeam } from '../helpers/seed';
import { startTestServer } from '../helpers/testServer';
import { summarize, type LatencySummary } from './stats';

export interface CaseloadOptions {
  /** Students on the case manager's caseload. */
  readonly students: number;
  /** Requests timed in each case. */
  readonly requests: number;
}

export interface CaseloadResult {
  readonly students: number;
  /** Every summary computed again (each plan, meeting and comment document read): the cost of a caseload without the cache. */
  readonly cold: LatencySummary;
  /** Nothing changed since the last request. */
  readonly warm: LatencySummary;
  /** One student's plan was edited just before each request. */
  readonly afterOneEdit: LatencySummary;
}

/**
 * `GET /api/caseload` for one case manager with `students` complete plans, each with a meeting
 * (attendance and a guest) and a conversation: cold (every summary dropped first), warm, and
 * after one plan edit. The server runs in this process with SQLite, as in a single instance.
 */
export async function runCaseload(options: CaseloadOptions): Promise<CaseloadResult> {
  const server = await startTestServer();
  try {
    const team = await seedTeam(server.services, { manager: 'case_manager' });
    const manager = team.members.manager!;
    const author: Author = { userId: manager.userId, name: 'manager', role: 'case_manager', setting: 'school' };
    const workspaceIds = [team.workspaceId];
    for (let index = 1; index < options.students; index += 1) {
      workspaceIds.push((await server.services.workspaces.create(manager.userId, { studentName: `Student ${index}`, gradeOrBirthDate: '', school: '' })).id);
    }
    const api = apiClient(server.url, { cookie: manager.cookie });
    for (const [index, workspaceId] of workspaceIds.entries()) {
      await server.services.rooms.change(`${workspaceId}/plan`, (doc) => writeCompletePlan(planDoc(doc), author));
      const meeting = await server.services.meetings.create(workspaceId, { kind: 'annual_review', title: 'Annual review', startsAt: new Date(Date.now() + (index + 1) * 3_600_000).toISOString() }, manager.userId);
      await server.services.rooms.change(meeting.docName, (doc) => {
        const live = meetingDoc(doc);
        live.attendance.mark({ userId: manager.userId, name: 'manager', role: 'case_manager' }, 'in_person');
        live.team.guests.add({ name: 'District representative', role: 'district_representative' }, author);
      });
      const anchor = { kind: 'item', ref: { doc: 'plan', section: 'dates' }, label: 'Dates' };
      await api.request('POST', `/api/workspaces/${workspaceId}/threads`, { anchor, body: `A question about student ${index}` });
    }

    // Let the rooms opened while seeding unload (and compact) before anything is timed.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const timed = async (before?: () => Promise<void>): Promise<LatencySummary> => {
      const samples: number[] = [];
      for (let request = 0; request < options.requests; request += 1) {
        if (before) await before();
        const start = performance.now();
        const { status, body } = await api.request<CaseloadView>('GET', '/api/caseload');
        samples.push(performance.now() - start);
        if (status !== 200 || body.students.length !== options.students) throw new Error(`caseload answered ${status} with ${body.students.length} students`);
      }
      return summarize(samples);
    };
    const dropAll = async () => {
      for (const workspaceId of workspaceIds) for (const kind of ['plan', 'meeting/m', 'comments']) server.services.summaries.documentChanged(`${workspaceId}/${kind}`);
    };
    let edits = 0;
    const editOne = async () => {
      edits += 1;
      await server.services.rooms.change(`${team.workspaceId}/plan`, (doc) => planDoc(doc).parentInput.setPlain(`Edit ${edits}`));
      // As the durable append does a moment later: this student's summary must be computed again.
      server.services.summaries.documentChanged(`${team.workspaceId}/plan`);
    };
    const cold = await timed(dropAll);
    await timed(); // fills the cache
    const warm = await timed();
    const afterOneEdit = await timed(editOne);
    return { students: options.students, cold, warm, afterOneEdit };
  } finally {
    await server.close();
  }
}
