import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { CaseloadPage } from './caseload/CaseloadPage';
import { AppPage } from './components/AppPage';
import { ProblemMessage } from './components/ProblemMessage';
import { GlossaryPage } from './pages/GlossaryPage';
import { InvitePage } from './pages/InvitePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SettingsPage } from './pages/SettingsPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';
import { StudentsPage } from './pages/StudentsPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { navigate } from './routing/navigation';
import { currentSearchParam, safeReturnPath } from './routing/returnPath';
import { paths } from '../shared/routes';
import { useRoute } from './routing/useRoute';
import { loadSession } from './session/sessionStore';
import { useSession } from './session/useSession';
import { ApiFailure } from './api/ApiFailure';
import { UnsubscribePage } from './pages/UnsubscribePage';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from './i18n/i18n';
import type { UserView } from '../shared/api';

// The document pages carry the editor, Yjs, charts and export menus: loaded when one is opened,
// so the first page (sign-in, your students) stays small. Opened by its address, a document
// page's code is asked for at once, beside the first page's (server/http/pagePreloads.ts).
const PlanPage = lazy(() => import('./pages/PlanPage').then((module) => ({ default: module.PlanPage })));
const MeetingPage = lazy(() => import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })));
const ProgressPage = lazy(() => import('./pages/ProgressPage').then((module) => ({ default: module.ProgressPage })));
const SchedulePage = lazy(() => import('./pages/SchedulePage').then((module) => ({ default: module.SchedulePage })));
const ServiceLogPage = lazy(() => import('./serviceLog/ServiceLogPage').then((module) => ({ default: module.ServiceLogPage })));
const SessionNotesPage = lazy(() => import('./sessionNotes/SessionNotesPage').then((module) => ({ default: module.SessionNotesPage })));

function Opening({ user, children }: { user: UserView | null; children: ReactNode }) {
  const { t } = useTranslation();
  const fallback = (
    <AppPage title={t('app.openingTitle')} user={user} busy>
      <p className="muted">{t('common.opening')}</p>
    </AppPage>
  );
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

export function App() {
  const route = useRoute();
  const session = useSession();
  // Subscribes the whole tree to language changes: switching re-renders in place.
  const { t } = useTranslation();
  const accountLanguage = session.status === 'signed-in' ? session.user.language : null;

  useEffect(() => {
    void loadSession();
  }, []);

  // The account's language wins over the browser's once the person is known.
  useEffect(() => {
    if (accountLanguage) void applyLanguage(accountLanguage);
  }, [accountLanguage]);

  if (session.status === 'loading') {
    return (
      <AppPage title={t('app.openingTitle')} user={null} width="narrow" busy>
        <p className="muted">{t('app.opening')}</p>
      </AppPage>
    );
  }
  if (session.status === 'unreachable') {
    return (
      <AppPage title={t('app.unreachableTitle')} user={null} width="narrow">
        <h1 className="page-title">{t('app.unreachable')}</h1>
        <ProblemMessage error={new ApiFailure(0, 'unreachable', session.message)} />
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => void loadSession()}>{t('common.tryAgain')}</button>
        </div>
      </AppPage>
    );
  }

  const user = session.status === 'signed-in' ? session.user : null;
  const next = safeReturnPath(currentSearchParam('next'));

  // Pages anyone may see, signed in or not.
  switch (route.page) {
    case 'invite':
      return <InvitePage key={route.secret} secret={route.secret} user={user} />;
    case 'not-found':
      return <NotFoundPage user={user} />;
    case 'glossary':
      return <GlossaryPage user={user} />;
    case 'verify-email':
      return <VerifyEmailPage key={route.secret} secret={route.secret} user={user} />;
    case 'reset-password':
      return <ResetPasswordPage key={route.secret} secret={route.secret} />;
    case 'forgot-password':
      return <ForgotPasswordPage />;
    case 'unsubscribe':
      // From a mail: works without signing in, the signed link is enough.
      return <UnsubscribePage token={currentSearchParam('token') ?? ''} user={user} />;
    case 'signin':
    case 'signup':
      if (user) return <Redirect to={next ?? paths.home} />;
      return route.page === 'signin' ? <SignInPage next={next ?? paths.home} /> : <SignUpPage next={next} />;
  }

  if (session.status === 'signed-out') {
    if (route.page === 'home') return session.needsFirstAccount ? <SignUpPage next={null} firstAccount /> : <SignInPage next={null} />;
    // Signed in in place: once the session exists, this same address renders the page asked for.
    return <SignInPage next={null} reason={t('app.signInToOpen')} />;
  }

  switch (route.page) {
    case 'home':
      return <StudentsPage user={session.user} />;
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} />;
    case 'plan':
      // Keyed so that moving between plans tears down one session before opening the next.
      return <Opening user={session.user}><PlanPage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} /></Opening>;
    case 'meeting':
      return (
        <Opening user={session.user}>
          <MeetingPage key={`${route.workspaceId}/${route.meetingId}`} workspaceId={route.workspaceId} meetingId={route.meetingId} user={session.user} />
        </Opening>
      );
    case 'progress':
      return <Opening user={session.user}><ProgressPage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} /></Opening>;
    case 'schedule':
      return <Opening user={session.user}><SchedulePage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} /></Opening>;
    case 'services':
      return <Opening user={session.user}><ServiceLogPage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} /></Opening>;
    case 'notes':
      return <Opening user={session.user}><SessionNotesPage key={route.workspaceId} workspaceId={route.workspaceId} user={session.user} /></Opening>;
    case 'settings':
      return <SettingsPage user={session.user} />;
    case 'caseload':
      return <CaseloadPage user={session.user} />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
