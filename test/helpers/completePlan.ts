import { expect } from 'vitest';
import { roleDefinitions, type Role } from '../../shared/roles';
import { planDoc, writePlainParagraphs, type Author, type PlanDoc } from '../../shared/schema';
import { apiClient } from './apiClient';
import { writeCompletePlan as writeIepComponents } from './iepFixture';
import { connectClient } from './collabClient';
import type { SeededTeam } from './seed';
import type { TestServer } from './testServer';
import { eventually } from './waitFor';

/**
 * Fills a plan with what the completeness checklist requires before proposing: every required
 * component of the IEP, with present levels for the goal's area, one measurable goal, one fully
 * described service and parent input. Returns the goal's id.
 */
export function writeCompletePlan(plan: PlanDoc, author: Author, target = 'Writes three sentences with a tripod grip'): string {
  writeIepComponents(plan, author, ['presentLevels', 'goals', 'services', 'priorWrittenNotice']);
  plan.presentLevels.setShown('fine_motor', true);
  plan.doc.transact(() => writePlainParagraphs(plan.presentLevels.fragment('fine_motor'), 'Holds a pencil with a fisted grasp.'), plan.origin);
  plan.curriculumEffect.setPlain('Slow handwriting keeps him from finishing written classwork.');
  const goal = plan.goals.add(
    { area: 'fine_motor', baseline: 'Fisted grasp for one minute', target, measurement: 'Weekly observation by the OT', progressSchedule: 'Quarterly, with report cards' },
    author,
  );
  plan.services.add(
    {
      type: 'ot',
      provider: 'School OT',
      frequency: 'Twice a week',
      duration: '30 minutes',
      location: 'Resource room',
      startDate: '2026-09-01',
      minutesPerWeek: 60,
      setting: 'outside_general_education',
    },
    author,
  );
  plan.parentInput.setPlain('He enjoys drawing at home.');
  return goal;
}

/** Writes a complete plan as a member would, and waits until the server has stored it. */
export async function seedCompletePlan(server: TestServer, team: SeededTeam, person: string, role: Role, target?: string): Promise<void> {
  const member = team.members[person]!;
  const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: member.token } });
  try {
    await writer.synced;
    const plan = planDoc(writer.doc);
    writeCompletePlan(plan, { userId: member.userId, name: person, role, setting: roleDefinitions[role].setting }, target);
    const expected = JSON.parse(JSON.stringify(plan.snapshot())) as unknown;
    const api = apiClient(server.url, { cookie: member.cookie });
    await eventually(async () => {
      const stored = await api.request<{ plan: unknown }>('GET', `/api/workspaces/${team.workspaceId}/plan`);
      expect(stored.body.plan).toEqual(expected);
    });
  } finally {
    writer.destroy();
  }
}
