import { useTranslation } from 'react-i18next';
import type { ServiceLogView } from '../../shared/scheduleApi';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';

/** Beside a plan service: minutes delivered in the last four weeks against what the plan requires, linking to the log. */
export function DeliveredMinutes({ workspaceId, totals }: { workspaceId: string; totals: ServiceLogView['totals'][number] | undefined }) {
  const { t } = useTranslation();
  if (!totals) return null;
  const { period } = totals;
  const short = period.requiredMinutes !== null && period.deliveredMinutes < period.requiredMinutes;
  return (
    <p className="service-delivered" data-testid="service-delivered" data-short={short || undefined}>
      <AppLink to={paths.services(workspaceId)}>
        {/* Before the service begins, or after it ends, nothing is owed: no "0 of 0". */}
        {period.requiredMinutes === null || period.outsideService !== null
          ? t('scheduleMore.serviceLog.onServiceNoRequired', { delivered: period.deliveredMinutes })
          : t('scheduleMore.serviceLog.onService', { delivered: period.deliveredMinutes, required: period.requiredMinutes })}
      </AppLink>
      {totals.missedWithoutMakeUp.length > 0 && <span> · {t('scheduleMore.serviceLog.missedFlag', { count: totals.missedWithoutMakeUp.length })}</span>}
    </p>
  );
}
