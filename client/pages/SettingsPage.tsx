import { BadgeCheck } from 'lucide-react';
import type { UserView } from '../../shared/api';
import { AccessTokensCard } from '../auth/AccessTokensCard';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { SignOutEverywhereCard } from '../auth/SignOutEverywhereCard';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { AppPage } from '../components/AppPage';
import { NotificationSettings } from '../notifications/NotificationSettings';
import './SettingsPage.css';

export function SettingsPage({ user }: { user: UserView }) {
  return (
    <AppPage title="Settings" user={user}>
      <div className="page-intro">
        <h1 className="page-title">Settings</h1>
        <p className="page-lead">
          Signed in as <strong>{user.displayName}</strong>
          <br />
          {user.email}
          {user.emailVerified && (
            <span className="settings__verified" data-testid="email-verified">
              <BadgeCheck size={18} aria-hidden="true" /> confirmed
            </span>
          )}
        </p>
      </div>
      <VerifyEmailNotice user={user} />
      <NotificationSettings userId={user.id} />
      <ChangePasswordForm />
      <SignOutEverywhereCard />
      <AccessTokensCard user={user} />
    </AppPage>
  );
}
