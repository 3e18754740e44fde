import { CalendarFeedCard } from '../calendarFeed/CalendarFeedCard';
import { BadgeCheck } from 'lucide-react';
import type { UserView } from '../../shared/api';
import { AccessTokensCard } from '../auth/AccessTokensCard';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { SignOutEverywhereCard } from '../auth/SignOutEverywhereCard';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { AppPage } from '../components/AppPage';
import { NotificationSettings } from '../notifications/NotificationSettings';
import { SuggestionModeSettings } from '../suggestions/SuggestionModeSettings';
import './SettingsPage.css';
import { useTranslation } from 'react-i18next';

export function SettingsPage({ user }: { user: UserView }) {
  const { t } = useTranslation();
  return (
    <AppPage title={t('header.settings')} user={user}>
      <div className="page-intro">
        <h1 className="page-title">{t('header.settings')}</h1>
        <p className="page-lead">
          {t('header.signedInAs')}<strong>{user.displayName}</strong>
          <br />
          {user.email}
          {user.emailVerified && (
            <span className="settings__verified" data-testid="email-verified">
              <BadgeCheck size={18} aria-hidden="true" /> {t('settingsPage.confirmed')}
            </span>
          )}
        </p>
      </div>
      <VerifyEmailNotice user={user} />
      <NotificationSettings userId={user.id} />
      <CalendarFeedCard userId={user.id} />
      <SuggestionModeSettings userId={user.id} />
      <ChangePasswordForm />
      <SignOutEverywhereCard />
      <AccessTokensCard user={user} />
    </AppPage>
  );
}
