import { planDoc, type PlanDoc } from '../../shared/schema';
import { connectClient } from './collabClient';
import type { SeededTeam } from './seed';
import type { TestServer } from './testServer';
import { eventually } from './waitFor';

/** Writes into the plan as a member would, and waits until the server has stored it. */
export async function writePlan<T>(server: TestServer, team: SeededTeam, person: string, write: (plan: PlanDoc) => T, stored: (plan: PlanDoc) => boolean): Promise<T> {
  const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[person]!.token } });
  try {
    await writer.synced;
    const result = write(planDoc(writer.doc));
    await eventually(async () => {
      const doc = await server.services.documents.loadDoc(team.planDoc);
      try {
        if (!stored(planDoc(doc))) throw new Error('not stored yet');
      } finally {
        doc.destroy();
      }
    });
    return result;
  } finally {
    writer.destroy();
  }
}
