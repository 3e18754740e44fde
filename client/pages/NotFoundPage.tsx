import type { UserView } from '../../shared/api';
import { AppPage } from '../components/AppPage';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { useTranslation } from 'react-i18next';

export function NotFoundPage({ user }: { user: UserView | null }) {
  const { t } = useTranslation();
  return (
    <AppPage title={t('notFound.title')} user={user} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{t('notFound.heading')}</h1>
        <p className="page-lead">{t('notFound.lead')}</p>
      </div>
      <p>
        <AppLink to={paths.home}>{user ? t('invite.goToStudents') : t('notFound.signIn')}</AppLink>
      </p>
    </AppPage>
  );
}
