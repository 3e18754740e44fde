import { serviceTypeLabels } from '../../shared/schema';
import { serviceLogTotals } from '../../shared/serviceLog';
import { requiredWeeklyMinutes } from '../../shared/serviceMinutes';
import type { ServiceDelivery } from '../export/serviceDeliveryBlocks';
import type { Services } from '../services';

/** Each plan service's minutes delivered over a period, as the progress report states them. */
export async function serviceDeliveries(services: Services, workspaceId: string, period: { from: string; to: string }): Promise<ServiceDelivery[]> {
  const plan = await services.documents.readPlan(workspaceId);
  const entries = await services.serviceLog.list(workspaceId);
  return plan.services.map((service) => {
    const totals = serviceLogTotals(service, entries, requiredWeeklyMinutes(service), period.from, period.to);
    return {
      label: serviceTypeLabels[service.type] ?? service.type,
      provider: service.provider,
      requiredMinutes: totals.period.requiredMinutes,
      deliveredMinutes: totals.period.deliveredMinutes,
      missedWithoutMakeUp: totals.missedWithoutMakeUp.length,
    };
  });
}
