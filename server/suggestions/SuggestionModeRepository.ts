import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { roles, type Role } from '../../shared/roles';
import { defaultSuggestionModes, type SuggestionMode } from '../../shared/suggestionModes';

/** Per workspace and role: whether members edit the plan directly or suggest by default. */
export class SuggestionModeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async modes(workspaceId: string): Promise<Record<Role, SuggestionMode>> {
    const out = { ...defaultSuggestionModes };
    const rows = await this.db.selectFrom('suggestion_modes').select(['role', 'mode']).where('workspace_id', '=', workspaceId).execute();
    for (const row of rows) {
      if ((roles as readonly string[]).includes(row.role) && (row.mode === 'edit' || row.mode === 'suggest')) out[row.role as Role] = row.mode;
    }
    return out;
  }

  async set(workspaceId: string, role: Role, mode: SuggestionMode): Promise<void> {
    await this.db
      .insertInto('suggestion_modes')
      .values({ workspace_id: workspaceId, role, mode })
      .onConflict((oc) => oc.columns(['workspace_id', 'role']).doUpdateSet((eb) => ({ mode: eb.ref('excluded.mode') })))
      .execute();
  }
}
