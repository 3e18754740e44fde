import { useTranslation } from 'react-i18next';
import type { UserView } from '../../shared/api';
import { planDocName } from '../../shared/docName';
import { paths } from '../../shared/routes';
import { OpenDocument } from './OpenDocument';
import { PlanWithComments } from './PlanWithComments';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';
import { sectionIds } from '../../shared/schema';
import { goToSection, sectionElementId, sectionText } from '../plan/sections/sectionText';

/** One skip link per section, shown when focused: straight to Goals or Services from the top. */
function SectionSkipLinks() {
  const { t } = useTranslation();
  return (
    <>
      {sectionIds.map((section) => (
        <a
          key={section}
          className="skip-link"
          href={`#${sectionElementId(section)}`}
          onClick={(event) => {
            event.preventDefault();
            goToSection(section, { focus: true });
          }}
        >
          {t('plan.skipTo', { section: sectionText[section].title })}
        </a>
      ))}
    </>
  );
}

/** `/w/<id>/plan`: the live plan with its comment threads. */
export function PlanPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle={t('plan.tabTitle')} opening={t('plan.opening')} skipLinks={<SectionSkipLinks />}>
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
