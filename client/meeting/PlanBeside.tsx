import type { Author } from '../../shared/schema';
import type { CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { PlanView } from '../plan/PlanView';
import { planDocName } from '../routing/route';
import './PlanBeside.css';

/**
 * The plan itself, live, beside the meeting: the same shared document the plan page edits, so
 * a goal changed while the agenda is discussed is changed for everyone at once.
 */
export function PlanBeside({ workspaceId, user, author, canEdit }: { workspaceId: string; user: CollabUser; author: Author; canEdit: boolean }) {
  const session = useCollabSession(planDocName(workspaceId), user);
  return (
    <section className="plan-beside" aria-label="The plan">
      <h2 className="plan-beside__title">The plan</h2>
      {session ? <PlanView doc={session.doc} provider={session.provider} author={author} canEdit={canEdit} /> : <p aria-busy="true">Opening the plan…</p>}
    </section>
  );
}
