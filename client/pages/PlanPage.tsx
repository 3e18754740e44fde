import { useTranslation } from 'react-i18next';
import type { UserView } from '../../shared/api';
import { planDocName } from '../../shared/docName';
import { paths } from '../../shared/routes';
import { OpenDocument } from './OpenDocument';
import { PlanWithComments } from './PlanWithComments';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';
import { goToSectionList, outlineElementId } from '../plan/outline/SectionOutline';

/**
 * One skip link to the section list (the side outline, or the jump menu on narrow screens),
 * after "Skip to the document": from there every section is one choice away, so a keyboard
 * user does not tab through a link per section before reaching the page.
 */
function SectionListSkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${outlineElementId}`}
      onClick={(event) => {
        event.preventDefault();
        goToSectionList();
      }}
    >
      {t('plan.skipToSections')}
    </a>
  );
}

/** `/w/<id>/plan`: the live plan with its comment threads. */
export function PlanPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle={t('plan.tabTitle')} opening={t('plan.opening')} skipLinks={<SectionListSkipLink />}>
      {({ workspace, author, collabUser, reload }) => (
        <OpenDocument
          docName={planDocName(workspaceId)}
          workspaceId={workspaceId}
          title={t('workspace.planTitle')}
          studentName={workspace.studentName}
          user={collabUser}
          returnPath={paths.plan(workspaceId)}
          onAccessChanged={reload}
        >
          {(session) => <PlanWithComments session={session} workspace={workspace} author={author} user={collabUser} />}
        </OpenDocument>
      )}
    </WorkspaceDocumentPage>
  );
}
