import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readEnum, readString, readTextField } from './read';
import { clampText, fieldLimits } from './limits';
import { readRichText, writePlainParagraphs, type RichTextNode } from './richText';
import { isSupportKind, supportSettings, type SupportKind, type SupportSetting } from './vocabulary';
import { replaceText, type Writer } from './writer';

/**
 * Supports (accommodations, modifications, assistive technology, sensory strategies, supports
 * for staff), each marked for classroom, clinic and home so the team sees at a glance where a
 * support is not yet used. Title: Y.Text (typed live in meetings). Description: rich text.
 * Per-setting use: one status ("used", "not used", "not needed here") and one short note per
 * setting, as separate keys, so the teacher marking "classroom" and the therapist marking
 * "clinic" at once both stick. Notes are plain strings, last writer wins: one line each,
 * written by the person of that setting.
 *
 * Documents written before the three states hold only the boolean `used.<setting>`; it reads
 * as used / not used. Writers keep that boolean in step with the status so an older reader
 * still sees "used" exactly when the status is "used".
 */
export const supportKeys = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  usedPrefix: 'used.',
  statusPrefix: 'status.',
  notePrefix: 'note.',
  startDate: 'startDate',
  frequency: 'frequency',
  location: 'location',
  duration: 'duration',
} as const;

/** When, how often, where and how long a support is provided (34 CFR 300.320(a)(7)); plain strings, last writer wins. */
export const supportScheduleFields = ['startDate', 'frequency', 'location', 'duration'] as const;
export type SupportScheduleField = (typeof supportScheduleFields)[number];

/** Only "not_used" is a gap: "not_needed" says the team decided the support does not apply there. */
export const supportStatuses = ['used', 'not_used', 'not_needed'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

export const supportStatusLabels: Record<SupportStatus, string> = {
  used: 'Used',
  not_used: 'Not used',
  not_needed: 'Not needed here',
};

export function isSupportStatus(value: unknown): value is SupportStatus {
  return typeof value === 'string' && (supportStatuses as readonly string[]).includes(value);
}

export interface SupportUse {
  readonly status: SupportStatus;
  /** `status === 'used'`, kept for readers that only ask whether it is used. */
  readonly used: boolean;
  readonly note: string;
}

/** A change to one setting: a status, or (older callers) the used boolean, and/or the note. */
export interface SupportUseChange {
  readonly status?: SupportStatus;
  readonly used?: boolean;
  readonly note?: string;
}

export interface SupportView {
  readonly id: string;
  readonly kind: SupportKind;
  readonly title: string;
  readonly description: RichTextNode;
  readonly use: Record<SupportSetting, SupportUse>;
  readonly startDate: string;
  readonly frequency: string;
  readonly location: string;
  readonly duration: string;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface SupportInput {
  readonly kind: SupportKind;
  readonly title?: string;
  /** Plain text, one paragraph per line. */
  readonly description?: string;
  readonly use?: Partial<Record<SupportSetting, SupportUseChange>>;
  readonly startDate?: string;
  readonly frequency?: string;
  readonly location?: string;
  readonly duration?: string;
}

export type SupportPatch = Partial<Omit<SupportInput, 'description'>>;

function readStatus(item: Y.Map<unknown>, setting: SupportSetting): SupportStatus {
  const status = item.get(supportKeys.statusPrefix + setting);
  if (isSupportStatus(status)) return status;
  return item.get(supportKeys.usedPrefix + setting) === true ? 'used' : 'not_used';
}

function readSupport(item: Y.Map<unknown>, meta: ItemMeta): SupportView {
  const description = item.get(supportKeys.description);
  const use = {} as Record<SupportSetting, SupportUse>;
  for (const setting of supportSettings) {
    const status = readStatus(item, setting);
    use[setting] = { status, used: status === 'used', note: readString(item, supportKeys.notePrefix + setting) };
  }
  return {
    id: meta.id,
    kind: readEnum(item, supportKeys.kind, isSupportKind, 'accommodation'),
    title: readTextField(item, supportKeys.title),
    description: readRichText(description instanceof Y.XmlFragment ? description : null),
    use,
    startDate: clampText(readString(item, supportKeys.startDate), fieldLimits.shortValue),
    frequency: clampText(readString(item, supportKeys.frequency), fieldLimits.shortValue),
    location: clampText(readString(item, supportKeys.location), fieldLimits.shortValue),
    duration: clampText(readString(item, supportKeys.duration), fieldLimits.shortValue),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

function writeSchedule(item: Y.Map<unknown>, input: SupportPatch): void {
  for (const field of supportScheduleFields) {
    const value = input[field];
    if (value === undefined) continue;
    const next = clampText(value, fieldLimits.shortValue);
    if (item.get(supportKeys[field]) !== next) item.set(supportKeys[field], next);
  }
}

function writeUse(item: Y.Map<unknown>, use: SupportInput['use']): void {
  for (const setting of supportSettings) {
    const change = use?.[setting];
    if (!change) continue;
    const status = change.status ?? (change.used === undefined ? undefined : change.used ? 'used' : 'not_used');
    if (status !== undefined) {
      if (item.get(supportKeys.statusPrefix + setting) !== status) item.set(supportKeys.statusPrefix + setting, status);
      const used = status === 'used';
      if (item.get(supportKeys.usedPrefix + setting) !== used) item.set(supportKeys.usedPrefix + setting, used);
    }
    if (change.note !== undefined && item.get(supportKeys.notePrefix + setting) !== change.note) {
      item.set(supportKeys.notePrefix + setting, change.note);
    }
  }
}

export class Supports {
  private readonly items: Collection<SupportView, 'title', 'description'>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, {
      textFields: ['title'],
      fragmentFields: ['description'],
      read: readSupport,
    });
  }

  list(): SupportView[] {
    return this.items.list();
  }

  get(id: string): SupportView | null {
    return this.items.get(id);
  }

  add(input: SupportInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      item.set(supportKeys.kind, input.kind);
      const title = item.get(supportKeys.title);
      if (title instanceof Y.Text && input.title) title.insert(0, input.title);
      const description = item.get(supportKeys.description);
      if (description instanceof Y.XmlFragment && input.description) writePlainParagraphs(description, input.description);
      writeUse(item, input.use);
      writeSchedule(item, input);
    });
    if (id === null) throw new Error('The supports map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: SupportPatch): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.kind !== undefined) item.set(supportKeys.kind, patch.kind);
      writeUse(item, patch.use);
      writeSchedule(item, patch);
      if (patch.title === undefined) return;
      const title = this.items.text(id, 'title');
      if (title) replaceText(title, patch.title);
    });
  }

  /** Marks where a support is used; a shortcut for the per-setting checkboxes. */
  setUse(id: string, setting: SupportSetting, change: SupportUseChange): boolean {
    return this.update(id, { use: { [setting]: change } });
  }

  move(id: string, toIndex: number): boolean {
    return this.items.move(id, toIndex);
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  text(id: string, field: 'title'): Y.Text | null {
    return this.items.text(id, field);
  }

  fragment(id: string, field: 'description'): Y.XmlFragment | null {
    return this.items.fragment(id, field);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
