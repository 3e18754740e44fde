import type { ServiceLogView } from '../../shared/scheduleApi';
import { serviceTypeLabels } from '../i18n/vocabulary';

type Totals = ServiceLogView['totals'][number];

/**
 * A service as its provider knows it, in the reader's language: its kind ("Terapia
 * ocupacional"), and who provides it when another service of the plan is of the same kind
 * (school and clinic occupational therapy would otherwise read the same).
 */
export function serviceName(service: Totals, all: readonly Totals[]): string {
  const kind = serviceTypeLabels[service.serviceType];
  const provider = service.provider.trim();
  const shared = all.some((other) => other.serviceId !== service.serviceId && other.serviceType === service.serviceType);
  return shared && provider ? `${kind} · ${provider}` : kind;
}
