import { Hono, type Context } from 'hono';
import { isRole } from '../../../shared/roles';
import { listSuggestions, type SuggestionView } from '../../../shared/schema/suggestions';
import { decideMany, type SuggestionDecision } from '../../../shared/schema/suggestionsApply';
import type { DecisionResponse, SuggestionsResponse } from '../../../shared/suggestionModes';
import type { ActorOrigin } from '../../history/HistoryRecorder';
import type { AppEnv } from '../AppEnv';
import { CloseCodes } from '../../../shared/closeCodes';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject } from '../readBody';
import { planDocName } from '../../../shared/docName';

/**
 * Deciding on suggestions. The case manager accepts or rejects anyone's; an author may
 * withdraw (reject) their own. The server checks that, then changes the live plan through
 * RoomRegistry.change(), so the decision is stored and reaches everyone like any edit; the room
 * refuses the same change from a member's socket (server/collab/suggestionGuard.ts).
 */
export function suggestionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  const readOpen = async (c: Context<AppEnv>, workspaceId: string): Promise<SuggestionView[]> => {
    const doc = await c.get('services').documents.loadDoc(planDocName(workspaceId));
    try {
      return listSuggestions(doc);
    } finally {
      doc.destroy();
    }
  };

  app.get('/workspaces/:workspaceId/suggestions', async (c) => {
    const workspaceId = ws(c);
    await requireMember(c, workspaceId);
    const body: SuggestionsResponse = { suggestions: await readOpen(c, workspaceId), modes: await c.get('services').suggestionModes.modes(workspaceId) };
    return c.json(body);
  });

  /** Decides the suggestions `pick` selects, as one change that one undo takes back. */
  const decide = async (c: Context<AppEnv>, workspaceId: string, decision: SuggestionDecision, pick: (view: SuggestionView) => boolean) => {
    const { identity, membership } = await requireMember(c, workspaceId, 'edit');
    const services = c.get('services');
    const mayDecide = (view: SuggestionView) => membership.role === 'case_manager' || (decision === 'reject' && view.userId === identity.user.id);
    const origin: ActorOrigin = { actor: { userId: identity.user.id, name: identity.user.displayName, role: membership.role } };
    let decided: string[] = [];
    let undoToken = '';
    await services.rooms.change(
      planDocName(workspaceId),
      (doc) => {
        undoToken = services.acceptUndo.track(planDocName(workspaceId), identity.user.id, doc, origin);
        decided = decideMany(doc, (view) => pick(view) && mayDecide(view), decision);
      },
      origin,
    );
    if (decided.length > 0) {
      await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'suggestion.decided', subject: planDocName(workspaceId), details: { decision, count: String(decided.length) } });
    }
    const response: DecisionResponse = { decided, undoToken };
    return response;
  };

  for (const decision of ['accept', 'reject'] as const) {
    app.post(`/workspaces/:workspaceId/suggestions/:suggestionId/${decision}`, async (c) => {
      const workspaceId = ws(c);
      const { identity, membership } = await requireMember(c, workspaceId, 'edit');
      const id = c.req.param('suggestionId');
      const target = (await readOpen(c, workspaceId)).find((view) => view.id === id);
      if (!target) throw notFound('That suggestion is no longer open.', 'no_such_suggestion');
      if (membership.role !== 'case_manager') {
        if (target.userId !== identity.user.id) throw forbidden(`Only the case manager can ${decision} ${target.name}’s suggestion.`, 'others_suggestion', { name: target.name });
        if (decision === 'accept') throw forbidden('Only the case manager can accept a suggestion. You can withdraw your own.', 'accept_needs_case_manager');
      }
      const result = await decide(c, workspaceId, decision, (view) => view.id === id);
      if (result.decided.length === 0) throw notFound('That suggestion is no longer open.', 'no_such_suggestion');
      return c.json(result);
    });
  }

  /** All of one person's open suggestions at once: `{userId, decision}`. */
  app.post('/workspaces/:workspaceId/suggestions/decide-all', async (c) => {
    const workspaceId = ws(c);
    const { identity, membership } = await requireMember(c, workspaceId, 'edit');
    const body = await readJsonObject(c);
    const decision = body.decision;
    const userId = body.userId;
    if ((decision !== 'accept' && decision !== 'reject') || typeof userId !== 'string') throw badRequest('Say whose suggestions and whether to accept or reject them.', 'invalid_decision');
    if (membership.role !== 'case_manager' && (userId !== identity.user.id || decision === 'accept')) {
      throw forbidden('Only the case manager can decide on other people’s suggestions.', 'others_suggestions');
    }
    return c.json(await decide(c, workspaceId, decision, (view) => view.userId === userId));
  });

  app.post('/workspaces/:workspaceId/suggestions/undo', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId, 'edit');
    const body = await readJsonObject(c);
    const token = typeof body.undoToken === 'string' ? body.undoToken : '';
    const services = c.get('services');
    if (!services.acceptUndo.find(token, planDocName(workspaceId), identity.user.id)) throw conflict('That decision can no longer be undone.', 'undo_expired');
    let undone = false;
    await services.rooms.change(planDocName(workspaceId), (doc) => {
      undone = services.acceptUndo.undo(token, doc);
    });
    if (!undone) throw conflict('That decision can no longer be undone.', 'undo_expired');
    return c.body(null, 204);
  });

  /** The case manager chooses, per role, whether members start in suggesting mode. */
  app.put('/workspaces/:workspaceId/suggestion-modes', async (c) => {
    const workspaceId = ws(c);
    const { identity, membership } = await requireMember(c, workspaceId, 'manageTeam');
    if (membership.role !== 'case_manager') throw forbidden('Only the case manager chooses how each role edits.', 'modes_case_manager_only');
    const body = await readJsonObject(c);
    const { role, mode } = body;
    if (!isRole(role) || (mode !== 'edit' && mode !== 'suggest')) throw badRequest('Choose a role and "edit" or "suggest".', 'invalid_mode');
    const services = c.get('services');
    const modes = await services.suggestionModes.set(workspaceId, role, mode);
    await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'suggestion.modes_changed', details: { role, mode } });
    // Those now held to suggesting hear it at once: their plan reconnects and reads the new mode,
    // rather than finding out when the room refuses their next direct edit.
    if (mode === 'suggest' && role !== 'case_manager') {
      for (const member of await services.workspaces.members(workspaceId)) {
        if (member.role === role) services.connections.closeMatching({ userId: member.userId, workspaceId }, CloseCodes.accessChanged);
      }
    }
    return c.json({ modes });
  });

  return app;
}
