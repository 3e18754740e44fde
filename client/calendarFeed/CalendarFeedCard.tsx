import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedView, CreatedCalendarFeed } from '../../shared/scheduleApi';
import { apiRequest } from '../api/http';
import { useApiData } from '../api/useApiData';
import { CopyField } from '../components/CopyField';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLocale } from '../i18n/useLocale';
import './calendarFeed.css';

const getFeed = () => apiRequest<CalendarFeedView>('GET', '/calendar/feed');

/**
 * The personal calendar feed: its secret address is shown once when made (only its hash is
 * kept); making a new one or turning it off ends the old address at once.
 */
export function CalendarFeedCard({ userId }: { userId: string }) {
  const { t, date } = useLocale();
  const [feed, { reload }] = useApiData(getFeed, userId);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const create = () => act(async () => {
    setUrl((await apiRequest<CreatedCalendarFeed>('POST', '/calendar/feed')).url);
    setRevoked(false);
  });
  const revoke = () => act(async () => {
    await apiRequest('DELETE', '/calendar/feed');
    setUrl(null);
    setRevoked(true);
  });

  return (
    <section className="card" aria-labelledby="calendar-feed-title" id="calendar" data-testid="calendar-feed">
      <div className="card__intro">
        <h2 className="card__title" id="calendar-feed-title">{t('scheduleMore.calendarFeed.title')}</h2>
        <p className="muted">{t('scheduleMore.calendarFeed.lead')}</p>
      </div>
      {feed.status === 'failed' && <ProblemMessage error={feed.error} />}
      {feed.status === 'ready' && (
        <>
          <p role="status">
            {revoked ? t('scheduleMore.calendarFeed.revoked') : feed.data.active && feed.data.createdAt ? t('scheduleMore.calendarFeed.active', { date: date(feed.data.createdAt) }) : t('scheduleMore.calendarFeed.none')}
          </p>
          {url && (
            <>
              <CopyField label={t('scheduleMore.calendarFeed.url')} value={url} buttonLabel={t('scheduleMore.calendarFeed.copy')} testId="calendar-feed-url" />
              <p className="field__hint">{t('scheduleMore.calendarFeed.shownOnce')}</p>
            </>
          )}
          <div className="calendar-feed__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void create()} aria-describedby={feed.data.active ? 'calendar-replace-hint' : undefined}>
              {feed.data.active ? t('scheduleMore.calendarFeed.replace') : t('scheduleMore.calendarFeed.create')}
            </button>
            {feed.data.active && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void revoke()}>
                {t('scheduleMore.calendarFeed.revoke')}
              </button>
            )}
          </div>
          {feed.data.active && <p className="field__hint" id="calendar-replace-hint">{t('scheduleMore.calendarFeed.replaceHint')}</p>}
        </>
      )}
      <ProblemMessage error={error} />
    </section>
  );
}
