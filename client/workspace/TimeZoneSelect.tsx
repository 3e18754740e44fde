import type { SelectHTMLAttributes } from 'react';
import { timeZoneGroups, zoneName } from './timeZones';

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'className' | 'children'>;

interface TimeZoneSelectProps extends NativeSelectProps {
  readonly value: string;
  readonly onChange: (zone: string) => void;
}

/**
 * Every time zone the browser knows, grouped by region, named as people write them
 * ("America / New York"): picked from a list, never typed, so a zone cannot be misspelled.
 */
export function TimeZoneSelect({ value, onChange, ...select }: TimeZoneSelectProps) {
  return (
    <select {...select} className="text-input" value={value} onChange={(event) => onChange(event.target.value)}>
      {timeZoneGroups(value).map((group) => (
        <optgroup key={group.region} label={group.region}>
          {group.zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
