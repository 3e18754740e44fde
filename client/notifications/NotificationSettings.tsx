import { useState } from 'react';
import { isNotificationDelivery, notificationDeliveries, notificationKinds, type NotificationKind } from '../../shared/notifications';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { getPreferences, setPreference } from './notificationsApi';
import { notificationDeliveryLabels, notificationKindLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Per kind of news: mailed right away, in a daily digest, or never. Saved on each change. */
export function NotificationSettings({ userId }: { userId: string }) {
  const [preferences, { replace }] = useApiData(getPreferences, userId);
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<NotificationKind | null>(null);

  return (
    <section className="card" aria-labelledby="notifications-title" id="notifications">
      <div className="card__intro">
        <h2 className="card__title" id="notifications-title">{t('settingsCards.mail')}</h2>
        <p className="muted">
          {t('settingsCards.mailLead')}
        </p>
      </div>
      {preferences.status === 'failed' && <ProblemMessage error={preferences.error} />}
      {preferences.status === 'ready' && (
        <div className="notification-settings">
          {notificationKinds.map((kind) => (
            <div key={kind} className="notification-settings__row">
              <label htmlFor={`notify-${kind}`} className="notification-settings__label">
                {notificationKindLabels[kind]}
              </label>
              <select
                id={`notify-${kind}`}
                className="text-input notification-settings__select"
                value={preferences.data[kind]}
                onChange={async (event) => {
                  const delivery = event.target.value;
                  if (!isNotificationDelivery(delivery)) return;
                  setError(null);
                  try {
                    replace(await setPreference(kind, delivery));
                    setSaved(kind);
                  } catch (failure) {
                    setError(failure);
                  }
                }}
              >
                {notificationDeliveries.map((delivery) => (
                  <option key={delivery} value={delivery}>
                    {notificationDeliveryLabels[delivery]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      <p className="status-line" role="status">
        {saved ? t('settingsCards.mailSaved', { kind: notificationKindLabels[saved].toLowerCase(), delivery: notificationDeliveryLabels[preferences.status === 'ready' ? preferences.data[saved] : 'immediately'].toLowerCase() }) : ''}
      </p>
      <ProblemMessage error={error} />
    </section>
  );
}
