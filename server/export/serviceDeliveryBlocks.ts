import type { Block } from './outline';
import { cleanLine } from './text';

/** One service's delivery in the report's period, from the service log. */
export interface ServiceDelivery {
  readonly label: string;
  readonly provider: string;
  /** Minutes the plan requires over the period; null when its frequency and duration do not say. */
  readonly requiredMinutes: number | null;
  readonly deliveredMinutes: number;
  readonly missedWithoutMakeUp: number;
}

/**
 * The progress report's account of services: minutes delivered against what the plan
 * requires over the period, and sessions missed with no make-up yet, so a parent sees
 * whether the services the plan promised happened.
 */
export function serviceDeliveryBlocks(services: readonly ServiceDelivery[]): Block[] {
  if (services.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Services delivered', section: 'services' },
    {
      kind: 'table',
      columns: [
        { label: 'Service', width: 0.34 },
        { label: 'Required', width: 0.18 },
        { label: 'Delivered', width: 0.18 },
        { label: 'Missed, no make-up yet', width: 0.3 },
      ],
      rows: services.map((service) => [
        [[{ text: cleanLine(service.provider) ? `${service.label} (${cleanLine(service.provider)})` : service.label }]],
        [[{ text: service.requiredMinutes === null ? 'Not stated' : `${service.requiredMinutes} min` }]],
        [[{ text: `${service.deliveredMinutes} min`, bold: service.requiredMinutes !== null && service.deliveredMinutes < service.requiredMinutes }]],
        [[{ text: service.missedWithoutMakeUp === 0 ? 'None' : `${service.missedWithoutMakeUp} session${service.missedWithoutMakeUp === 1 ? '' : 's'}` }]],
      ]),
    },
  ];
}
