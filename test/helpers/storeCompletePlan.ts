import { planDoc } from '../../shared/schema';
import { connectClient } from './collabClient';
import { writeCompletePlan } from './completePlan';
import { authorOf, type SeededTeam } from './seed';
import { eventually } from './waitFor';

/**
 * Writes a plan complete enough to propose through a real client as `member`, and returns once
 * the server has stored it (a version can only freeze what is durable).
 */
export async function storeCompletePlan(baseUrl: string, team: SeededTeam, member: string): Promise<void> {
  const wsUrl = `${baseUrl.replace('http', 'ws')}/collab`;
  const client = connectClient(wsUrl, team.planDoc, { params: { token: team.members[member]!.token } });
  try {
    await client.synced;
    writeCompletePlan(planDoc(client.doc), authorOf(team, member));
    const expected = JSON.stringify(planDoc(client.doc).snapshot());
    await eventually(async () => {
      const response = await fetch(`${baseUrl}/api/workspaces/${team.workspaceId}/plan`, {
        headers: { authorization: `Bearer ${team.members[member]!.token}` },
      });
      const body = (await response.json()) as { plan: unknown };
      if (JSON.stringify(body.plan) !== expected) throw new Error('plan not stored yet');
    });
  } finally {
    client.destroy();
  }
}
