import { isTimeZone } from '../../shared/timeZone';

/**
 * The IANA zones this browser knows, grouped by region ("America", "Europe"…) for a long
 * select. The workspace's own zone is always offered, even one the list leaves out ("UTC").
 */
export function timeZoneGroups(current: string): { region: string; zones: string[] }[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = [...new Set([...known, current, 'UTC'])].filter(isTimeZone).sort();
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const region = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : zone;
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups].map(([region, list]) => ({ region, zones: list }));
}

/** "America/Argentina/Buenos_Aires" as people write it: "America / Argentina / Buenos Aires". */
export function zoneName(zone: string): string {
  return zone.replace(/_/g, ' ').replace(/\//g, ' / ');
}
