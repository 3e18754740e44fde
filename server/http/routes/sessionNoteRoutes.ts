import { Hono, type Context } from 'hono';
import { topicOfGoal, type NoteTopic } from '../../../shared/consentScope';
import { roleDefinitions } from '../../../shared/roles';
import { planDoc } from '../../../shared/schema';
import type { NoteTargetView, SessionNoteView } from '../../../shared/scheduleApi';
import { noteAudience, noteVisibleTo } from '../../schedule/noteVisibility';
import type { Services } from '../../services';
import type { StoredNote } from '../../schedule/SessionNoteRepository';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject, stringField } from '../readBody';
import { planDocName } from '../../../shared/docName';

/** A note as its reader sees it, with who else reads it. */
const viewFor = (services: Services, workspaceId: string) => async ({ topic, ...note }: StoredNote): Promise<SessionNoteView> => ({
  ...note,
  audience: await noteAudience(services, workspaceId, note.authorId, note.authorSetting, topic),
});

/** The topic a note is about, from the plan: its goal's area, or the supports. Null when the target is not in the plan. */
async function topicOf(c: Context<AppEnv>, workspaceId: string, target: SessionNoteView['target']): Promise<NoteTopic | null> {
  const doc = await c.get('services').documents.loadDoc(planDocName(workspaceId));
  try {
    const plan = planDoc(doc);
    if (target.kind === 'goal') {
      const goal = plan.goals.get(target.id);
      return goal ? topicOfGoal(goal.area) : null;
    }
    return plan.supports.get(target.id) ? 'supports' : null;
  } finally {
    doc.destroy();
  }
}

/**
 * Session notes that cross settings ("what worked today"), attached to a goal or a support.
 * Every list is filtered per reader: a clinic note outside the parent's consent never leaves
 * the clinic and the family.
 */
export function sessionNoteRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/workspaces/:workspaceId/notes', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId, 'edit');
    const body = await readJsonObject(c);
    const kind = body.targetKind;
    if (kind !== 'goal' && kind !== 'support') throw badRequest('Attach the note to a goal or a support.', 'invalid_targetKind');
    const target = { kind, id: stringField(body, 'targetId', { max: 64, label: 'Goal or support' }) } as const;
    const topic = await topicOf(c, workspaceId, target);
    if (!topic) throw badRequest(`No such ${kind} in the plan.`, 'invalid_targetId');
    const { sessionNotes, audit } = c.get('services');
    const note = await sessionNotes.create({
      workspaceId,
      target,
      topic,
      body: stringField(body, 'body', { max: 2000, label: 'Note' }),
      authorId: identity.user.id,
      authorRole: membership.role,
      authorSetting: roleDefinitions[membership.role].setting,
    });
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'note.shared', subject: note.id, details: { target: `${kind}:${target.id}` } });
    return c.json({ note: await viewFor(c.get('services'), workspaceId)(note) }, 201);
  });

  /**
   * `?targetKind=goal&targetId=…` is that goal's timeline; `?inbox=1` is notes by others. Either
   * way only the notes this reader may see.
   */
  app.get('/workspaces/:workspaceId/notes', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId);
    const { sessionNotes, audit } = c.get('services');
    const targetKind = c.req.query('targetKind');
    const targetId = c.req.query('targetId');
    const inbox = c.req.query('inbox') === '1';
    const reader = { userId: identity.user.id, role: membership.role };
    const candidates = (await sessionNotes.list(workspaceId))
      .filter((note) => (!targetKind || note.target.kind === targetKind) && (!targetId || note.target.id === targetId))
      .filter((note) => !inbox || note.authorId !== identity.user.id);
    const visible = await Promise.all(candidates.map((note) => noteVisibleTo(c.get('services'), workspaceId, note, reader)));
    const notes = candidates.filter((_, index) => visible[index]);
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'notes.viewed', subject: workspaceId });
    return c.json({ notes: await Promise.all(notes.map(viewFor(c.get('services'), workspaceId))) });
  });

  /** What a note can be attached to, and who would read a note the caller writes on each. */
  app.get('/workspaces/:workspaceId/notes/targets', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId);
    const services = c.get('services');
    const setting = roleDefinitions[membership.role].setting;
    const doc = await services.documents.loadDoc(planDocName(workspaceId));
    let listed: { target: Omit<NoteTargetView, 'audience'>; topic: string }[];
    try {
      const plan = planDoc(doc);
      listed = [
        ...plan.goals.list().map((goal) => ({ target: { kind: 'goal' as const, id: goal.id, area: goal.area, label: goal.target }, topic: topicOfGoal(goal.area) })),
        ...plan.supports.list().map((support) => ({ target: { kind: 'support' as const, id: support.id, area: support.kind, label: support.title }, topic: 'supports' })),
      ];
    } finally {
      doc.destroy();
    }
    const targets: NoteTargetView[] = await Promise.all(
      listed.map(async ({ target, topic }) => ({ ...target, audience: await noteAudience(services, workspaceId, identity.user.id, setting, topic) }) as NoteTargetView),
    );
    return c.json({ targets });
  });

  return app;
}
