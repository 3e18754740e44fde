import type * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readEnum, readOptionalString, readString } from './read';
import { isServiceSetting, type ServiceSetting } from './iepVocabulary';
import { isServiceType, type ServiceType } from './vocabulary';
import type { Writer } from './writer';

/**
 * Special education and related services (34 CFR 300.320(a)(4) and (7)): frequency, duration,
 * location, projected start date, provider. Every field is a plain string, last writer wins:
 * these are short values ("2 × 30 min weekly", "OT room"), saved as a whole from a form
 * field, and merging two people's characters ("30 min" + "45 min") would produce a value
 * nobody wrote. Dates are ISO `YYYY-MM-DD` strings.
 */
export const serviceKeys = {
  type: 'type',
  provider: 'provider',
  frequency: 'frequency',
  duration: 'duration',
  location: 'location',
  startDate: 'startDate',
  endDate: 'endDate',
  /** Minutes per week, a number: what placement (300.320(a)(5)) adds up. */
  minutesPerWeek: 'minutesPerWeek',
  /** Inside or outside the general education class. */
  setting: 'setting',
} as const;

export interface ServiceView {
  readonly id: string;
  readonly type: ServiceType;
  readonly provider: string;
  readonly frequency: string;
  readonly duration: string;
  readonly location: string;
  readonly startDate: string;
  readonly endDate?: string;
  /** Null when not entered. */
  readonly minutesPerWeek: number | null;
  /** Null when not entered. */
  readonly setting: ServiceSetting | null;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface ServiceInput {
  readonly type: ServiceType;
  readonly provider?: string;
  readonly frequency?: string;
  readonly duration?: string;
  readonly location?: string;
  readonly startDate?: string;
  /** Empty string clears it. */
  readonly endDate?: string;
  /** Null clears it. */
  readonly minutesPerWeek?: number | null;
  readonly setting?: ServiceSetting;
}

export type ServicePatch = Partial<ServiceInput>;

const stringFields = ['provider', 'frequency', 'duration', 'location', 'startDate', 'endDate'] as const;

function readService(item: Y.Map<unknown>, meta: ItemMeta): ServiceView {
  const endDate = readOptionalString(item, serviceKeys.endDate);
  return {
    id: meta.id,
    type: readEnum(item, serviceKeys.type, isServiceType, 'other'),
    provider: readString(item, serviceKeys.provider),
    frequency: readString(item, serviceKeys.frequency),
    duration: readString(item, serviceKeys.duration),
    location: readString(item, serviceKeys.location),
    startDate: readString(item, serviceKeys.startDate),
    ...(endDate === undefined ? {} : { endDate }),
    minutesPerWeek: readMinutes(item.get(serviceKeys.minutesPerWeek)),
    setting: isServiceSetting(item.get(serviceKeys.setting)) ? (item.get(serviceKeys.setting) as ServiceSetting) : null,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

/** A school week has at most 7 × 24 × 60 minutes; anything else is a broken value, read as not entered. */
function readMinutes(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10_080 ? value : null;
}

function writeFields(item: Y.Map<unknown>, patch: ServicePatch): void {
  if (patch.setting !== undefined && item.get(serviceKeys.setting) !== patch.setting) item.set(serviceKeys.setting, patch.setting);
  if (patch.minutesPerWeek !== undefined) {
    const minutes = patch.minutesPerWeek === null ? null : readMinutes(Math.round(patch.minutesPerWeek));
    if (minutes === null) item.delete(serviceKeys.minutesPerWeek);
    else if (item.get(serviceKeys.minutesPerWeek) !== minutes) item.set(serviceKeys.minutesPerWeek, minutes);
  }
  if (patch.type !== undefined && item.get(serviceKeys.type) !== patch.type) item.set(serviceKeys.type, patch.type);
  for (const field of stringFields) {
    const value = patch[field];
    if (value === undefined || item.get(serviceKeys[field]) === value) continue;
    item.set(serviceKeys[field], value);
  }
}

export class Services {
  private readonly items: Collection<ServiceView>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: [], fragmentFields: [], read: readService });
  }

  list(): ServiceView[] {
    return this.items.list();
  }

  get(id: string): ServiceView | null {
    return this.items.get(id);
  }

  add(input: ServiceInput, author: Author): string {
    const id = this.items.create(author, (item) => writeFields(item, input));
    if (id === null) throw new Error('The services map is a root type and cannot be missing');
    return id;
  }

  /** Writes only the fields that change, so two people editing different fields both keep theirs. */
  update(id: string, patch: ServicePatch): boolean {
    return this.items.mutate(id, (item) => writeFields(item, patch));
  }

  move(id: string, toIndex: number): boolean {
    return this.items.move(id, toIndex);
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
