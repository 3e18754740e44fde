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
 * Per-setting use: one boolean and one short note per setting, as separate keys, so the
 * teacher ticking "classroom" and the therapist ticking "clinic" at once both stick. Notes
 * are plain strings, last writer wins: one line each, written by the person of that setting.
 */
export const supportKeys = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  usedPrefix: 'used.',
  notePrefix: 'note.',
  startDate: 'startDate',
  frequency: 'frequency',
  location: 'location',
  duration: 'duration',
} as const;

/** When, how often, where and how long a support is provided (34 CFR 300.320(a)(7)); plain strings, last writer wins. */
export const supportScheduleFields = ['startDate', 'frequency', 'location', 'duration'] as const;
export type SupportScheduleField = (typeof supportScheduleFields)[number];

export interface SupportUse {
  readonly used: boolean;
  readonly note: string;
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
  readonly use?: Partial<Record<SupportSetting, Partial<SupportUse>>>;
  readonly startDate?: string;
  readonly frequency?: string;
  readonly location?: string;
  readonly duration?: string;
}

export type SupportPatch = Partial<Omit<SupportInput, 'description'>>;

function readSupport(item: Y.Map<unknown>, meta: ItemMeta): SupportView {
  const description = item.get(supportKeys.description);
  const use = {} as Record<SupportSetting, SupportUse>;
  for (const setting of supportSettings) {
    use[setting] = {
      used: item.get(supportKeys.usedPrefix + setting) === true,
      note: readString(item, supportKeys.notePrefix + setting),
    };
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
    if (change.used !== undefined && item.get(supportKeys.usedPrefix + setting) !== change.used) {
      item.set(supportKeys.usedPrefix + setting, change.used);
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
  setUse(id: string, setting: SupportSetting, change: Partial<SupportUse>): boolean {
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
