import type { UserView } from '../../shared/api';
import { AppPage } from '../components/AppPage';
import { AppLink } from '../routing/AppLink';
import { paths } from '../routing/route';

export function NotFoundPage({ user }: { user: UserView | null }) {
  return (
    <AppPage title="Page not found" user={user} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">We could not find that page</h1>
        <p className="page-lead">The link may be incomplete. If someone sent it to you, ask them to send it again.</p>
      </div>
      <p>
        <AppLink to={paths.home}>{user ? 'Go to your students' : 'Go to the sign-in page'}</AppLink>
      </p>
    </AppPage>
  );
}
