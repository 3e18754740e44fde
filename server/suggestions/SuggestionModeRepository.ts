import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { roles, type Role } from '../../shared/roles';
import { defaultSuggestionModes, type SuggestionMode } from '../../shared/suggestionModes';

/** How long the room trusts a workspace's modes before reading them again (another instance may have changed them). */
const freshForMs = 5_000;

/**
 * Per workspace and role: whether members edit the plan directly or suggest by default. The
 * room checks every update synchronously, so the modes last read are kept: every socket's
 * authorisation reads them first (so a connected member's workspace is always known), a change
 * through this instance replaces them at once, and a read older than a few seconds is renewed
 * in the background.
 */
export class SuggestionModeRepository {
  private readonly known = new Map<string, { modes: Record<Role, SuggestionMode>; readAt: number }>();
  /** Reads under way for ensureKnown, so sockets joining together share one. */
  private readonly reading = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Kysely<Database>) {}

  async modes(workspaceId: string): Promise<Record<Role, SuggestionMode>> {
    const out = { ...defaultSuggestionModes };
    const rows = await this.db.selectFrom('suggestion_modes').select(['role', 'mode']).where('workspace_id', '=', workspaceId).execute();
    for (const row of rows) {
      if ((roles as readonly string[]).includes(row.role) && (row.mode === 'edit' || row.mode === 'suggest')) out[row.role as Role] = row.mode;
    }
    this.known.set(workspaceId, { modes: out, readAt: Date.now() });
    return out;
  }

  /**
   * Makes sure the modes are known and no older than the room's own reads of them (modesNow):
   * a read only when they are not. A room of fifty joining at once reads them once, not fifty times.
   */
  async ensureKnown(workspaceId: string): Promise<void> {
    const known = this.known.get(workspaceId);
    if (known && Date.now() - known.readAt <= freshForMs) return;
    const underway = this.reading.get(workspaceId);
    if (underway) {
      await underway;
      return;
    }
    const read = this.modes(workspaceId).finally(() => this.reading.delete(workspaceId));
    this.reading.set(workspaceId, read);
    await read;
  }

  /** The modes as last read, without waiting; the role defaults until the first read lands. */
  modesNow(workspaceId: string): Record<Role, SuggestionMode> {
    const known = this.known.get(workspaceId);
    if (!known || Date.now() - known.readAt > freshForMs) void this.modes(workspaceId).catch(() => undefined);
    return known?.modes ?? defaultSuggestionModes;
  }

  /** Stores one role's mode and answers every role's modes as they now stand. */
  async set(workspaceId: string, role: Role, mode: SuggestionMode): Promise<Record<Role, SuggestionMode>> {
    await this.db
      .insertInto('suggestion_modes')
      .values({ workspace_id: workspaceId, role, mode })
      .onConflict((oc) => oc.columns(['workspace_id', 'role']).doUpdateSet((eb) => ({ mode: eb.ref('excluded.mode') })))
      .execute();
    return this.modes(workspaceId);
  }
}
