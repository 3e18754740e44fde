import * as Y from 'yjs';
import { clampText, fieldLimits } from './limits';

/**
 * Tolerant field readers. Documents outlive the code that wrote them (the server exports any
 * stored version), so a missing field yields its default and a value of the wrong type is
 * ignored rather than thrown on. Every string comes back clamped to its kind's limit
 * (`limits.ts`), so no reader (screens, diffs, exports) ever handles an enormous field.
 */

/** A short value (date, frequency, name): at most `fieldLimits.shortValue` characters. */
export function readString(map: Y.Map<unknown>, key: string, fallback = '', max: number = fieldLimits.shortValue): string {
  const value = map.get(key);
  return typeof value === 'string' ? clampText(value, max) : fallback;
}

export function readOptionalString(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' && value !== '' ? clampText(value, fieldLimits.shortValue) : undefined;
}

/** A plain string of unknown origin, clamped; '' for anything else. */
export function clampedString(value: unknown, max: number = fieldLimits.shortValue): string {
  return typeof value === 'string' ? clampText(value, max) : '';
}

export function readBoolean(map: Y.Map<unknown>, key: string, fallback = false): boolean {
  const value = map.get(key);
  return typeof value === 'boolean' ? value : fallback;
}

export function readNumber(map: Y.Map<unknown>, key: string): number | undefined {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readEnum<T extends string>(
  map: Y.Map<unknown>,
  key: string,
  isValid: (value: unknown) => value is T,
  fallback: T,
): T {
  const value = map.get(key);
  return isValid(value) ? value : fallback;
}

/** A typed sentence: a Y.Text today, possibly a plain string in an older document. */
export function readTextField(map: Y.Map<unknown>, key: string, max: number = fieldLimits.typedText): string {
  const value = map.get(key);
  if (value instanceof Y.Text) return clampText(value.toString(), max);
  return typeof value === 'string' ? clampText(value, max) : '';
}

export function readMap(map: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const value = map.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
