import type { Author } from '../../shared/schema';
import type { CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { PlanView } from '../plan/PlanView';
import { planDocName } from '../../shared/docName';
import './PlanBeside.css';
import { useTranslation } from 'react-i18next';

/**
 * The plan itself, live, beside the meeting: the same shared document the plan page edits, so
 * a goal changed while the agenda is discussed is changed for everyone at once.
 */
export function PlanBeside({ workspaceId, user, author, canEdit }: { workspaceId: string; user: CollabUser; author: Author; canEdit: boolean }) {
  const { t } = useTranslation();
  const session = useCollabSession(planDocName(workspaceId), user);
  return (
    <section className="plan-beside" aria-label={t('meetingPage.thePlan')}>
      <h2 className="plan-beside__title">{t('meetingPage.thePlan')}</h2>
      {session ? <PlanView doc={session.doc} provider={session.provider} author={author} canEdit={canEdit} /> : <p aria-busy="true">{t('meetingPage.openingPlan')}</p>}
    </section>
  );
}
