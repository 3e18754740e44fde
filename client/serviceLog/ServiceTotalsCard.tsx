import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ServiceLogView } from '../../shared/scheduleApi';
import type { ServiceLogEntry } from '../../shared/serviceLog';
import { serviceName } from './serviceName';
import { useCalendarDay } from './useCalendarDay';

type Totals = ServiceLogView['totals'][number];

/** One service: minutes delivered against required, week by week and for the period, and what was missed without a make-up. */
export function ServiceTotalsCard({ totals, entries, all }: { totals: Totals; entries: readonly ServiceLogEntry[]; all: readonly Totals[] }) {
  const { t } = useTranslation();
  const day = useCalendarDay();
  const weekly = totals.requiredWeeklyMinutes;
  const { period, serviceSpan } = totals;
  // Say when the service's own dates cut the period, so a total below the weekly minutes reads as owed, not missed.
  const begins = serviceSpan.from !== null && serviceSpan.from > period.from ? serviceSpan.from : null;
  const ends = serviceSpan.to !== null && serviceSpan.to < period.to ? serviceSpan.to : null;
  const titleId = `service-${totals.serviceId}-title`;
  // A week the service did not run owed nothing: say so, rather than "0 min" beside a week that looks missed.
  const requiredCell = (week: Totals['weeks'][number]) => {
    if (week.outsideService === 'before_start') return t('scheduleMore.serviceLog.weekNotBegun');
    if (week.outsideService === 'after_end') return t('scheduleMore.serviceLog.weekEnded');
    return week.requiredMinutes === null ? '—' : t('scheduleMore.serviceLog.minutes', { minutes: week.requiredMinutes });
  };
  return (
    <section className="card service-totals" aria-labelledby={titleId} data-testid="service-totals" data-service={totals.serviceId}>
      <h2 className="card__title" id={titleId}>{serviceName(totals, all)}</h2>
      <p className="muted">{weekly === null ? t('scheduleMore.serviceLog.requiredUnknown') : t('scheduleMore.serviceLog.required', { minutes: weekly })}</p>
      {(begins || ends) && (
        <p className="muted" data-testid="service-dates">
          {begins && t('scheduleMore.serviceLog.serviceBegins', { date: day(begins) })} {ends && t('scheduleMore.serviceLog.serviceEnds', { date: day(ends) })}
        </p>
      )}
      <p className="service-totals__period" data-testid="period-total">
        {period.requiredMinutes === null || period.outsideService !== null
          ? t('scheduleMore.serviceLog.periodTotalNoRequired', { delivered: period.deliveredMinutes })
          : t('scheduleMore.serviceLog.periodTotal', { delivered: period.deliveredMinutes, required: period.requiredMinutes })}
      </p>
      {totals.missedWithoutMakeUp.length > 0 && (
        <div className="service-totals__missed" role="note" data-testid="missed-flag">
          <p>
            <AlertTriangle size={18} aria-hidden="true" /> {t('scheduleMore.serviceLog.missedFlag', { count: totals.missedWithoutMakeUp.length })}
          </p>
          <ul>
            {totals.missedWithoutMakeUp.map((missed) => (
              <li key={missed.id}>
                {day(missed.date)}: {t(`scheduleMore.serviceLog.statuses.${missed.status}`)}
                {missed.note && <> · {missed.note}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/*
        * The roles repeat the table's own: on the narrowest phones its rows are laid out as grids
        * (serviceLog.css), and some browsers stop reading a table whose display was changed.
        * Scrolls sideways in its own box should a week's words still not fit (a very large text size).
        */}
      <div className="service-totals__scroll" tabIndex={0} role="region" aria-label={t('scheduleMore.serviceLog.weeks')}>
        <table className="service-totals__weeks" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('scheduleMore.serviceLog.week')}</th>
              <th scope="col" role="columnheader">{t('scheduleMore.serviceLog.delivered')}</th>
              <th scope="col" role="columnheader">{t('scheduleMore.serviceLog.requiredColumn')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {totals.weeks.map((week) => {
              const short = week.requiredMinutes !== null && week.deliveredMinutes < week.requiredMinutes ? week.requiredMinutes - week.deliveredMinutes : 0;
              return (
                <tr key={week.weekStart} role="row" data-testid="week-row" data-short={short > 0 || undefined} data-outside={week.outsideService ?? undefined}>
                  <th scope="row" role="rowheader">{t('scheduleMore.serviceLog.weekOf', { date: day(week.weekStart) })}</th>
                  <td role="cell">
                    {t('scheduleMore.serviceLog.minutes', { minutes: week.deliveredMinutes })}
                    {short > 0 && <span className="service-totals__short"> ({t('scheduleMore.serviceLog.short', { minutes: short })})</span>}
                  </td>
                  <td role="cell">{requiredCell(week)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="service-totals__entries-title">{t('scheduleMore.serviceLog.entries')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('scheduleMore.serviceLog.noEntries')}</p>
      ) : (
        <ul className="service-totals__entries" data-testid="log-entries">
          {entries.map((entry) => (
            <li key={entry.id} data-status={entry.status}>
              <strong>{day(entry.date)}</strong> · {t(`scheduleMore.serviceLog.statuses.${entry.status}`)} · {t('scheduleMore.serviceLog.minutes', { minutes: entry.minutes })}
              {entry.note && <> · {entry.note}</>} <span className="muted">({t('scheduleMore.serviceLog.recordedBy', { name: entry.recordedByName })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
