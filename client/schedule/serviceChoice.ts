import type { ServiceView } from '../../shared/schema';
import { serviceTypeLabels } from '../i18n/vocabulary';

/**
 * How the schedule form names a plan service. A select shows one line that cannot wrap, so an
 * option is the service's type alone ("Speech and language therapy"), which fits a phone; only
 * two services of one type add what tells them apart. The rest of what the plan says about it
 * is written under the field once it is chosen, where it can wrap.
 */
export function serviceChoiceLabel(service: ServiceView, services: readonly ServiceView[]): string {
  const type = serviceTypeLabels[service.type];
  const sameType = services.filter((other) => other.type === service.type);
  if (sameType.length < 2) return type;
  const tellApart = serviceDetails(service) || String(sameType.indexOf(service) + 1);
  return `${type} (${tellApart})`;
}

/** "2 × 30 min weekly · 30 min · Ms. Rivera, SLP": the plan's words for how it is delivered. */
export function serviceDetails(service: ServiceView): string {
  return [service.frequency, service.duration, service.location, service.provider].filter((part) => part.trim() !== '').join(' · ');
}
