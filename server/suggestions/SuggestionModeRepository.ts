import type Database from 'better-sqlite3';
import { roles, type Role } from '../../shared/roles';
import { defaultSuggestionModes, type SuggestionMode } from '../../shared/suggestionModes';

/** Per workspace and role: whether members edit the plan directly or suggest by default. */
export class SuggestionModeRepository {
  constructor(private readonly db: Database.Database) {}

  modes(workspaceId: string): Record<Role, SuggestionMode> {
    const out = { ...defaultSuggestionModes };
    const rows = this.db.prepare<[string], { role: string; mode: string }>('SELECT role, mode FROM suggestion_modes WHERE workspace_id = ?').all(workspaceId);
    for (const row of rows) {
      if ((roles as readonly string[]).includes(row.role) && (row.mode === 'edit' || row.mode === 'suggest')) out[row.role as Role] = row.mode;
    }
    return out;
  }

  set(workspaceId: string, role: Role, mode: SuggestionMode): void {
    this.db
      .prepare('INSERT INTO suggestion_modes (workspace_id, role, mode) VALUES (?, ?, ?) ON CONFLICT (workspace_id, role) DO UPDATE SET mode = excluded.mode')
      .run(workspaceId, role, mode);
  }
}
