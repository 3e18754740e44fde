import * as Y from 'yjs';
import { roles, type Role, type Setting } from '../roles';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readFlags, writeFlags } from './flags';
import type { GoalLinkView, Links } from './links';
import { objectiveKeys, Objectives, type ObjectiveView } from './objectives';
import { readEnum, readTextField } from './read';
import { readRichText, writePlainParagraphs, type RichTextNode } from './richText';
import { isGoalArea, isGoalStatus, type GoalArea, type GoalStatus } from './vocabulary';
import { replaceText, type Writer } from './writer';

/**
 * Annual goals. Field types, chosen per field:
 * - baseline, target, measurement, progress schedule: Y.Text. These are sentences the team
 *   types together in the meeting ("writes 3 of 10 letters legibly"); concurrent typing must
 *   merge, and comment threads anchor into them with relative positions.
 * - description: Y.XmlFragment, bound to its own small Tiptap editor.
 * - area, status: plain values (picked from a list; last writer wins is the right answer).
 * - settings and responsible roles: one boolean flag per member (see flags.ts).
 */
export const goalSettings: readonly Setting[] = ['school', 'clinic', 'home'];

export const goalKeys = {
  area: 'area',
  status: 'status',
  settingPrefix: 'setting.',
  rolePrefix: 'role.',
  baseline: 'baseline',
  target: 'target',
  measurement: 'measurement',
  progressSchedule: 'progressSchedule',
  description: 'description',
  objectives: objectiveKeys.container,
} as const;

export const goalTextFields = ['baseline', 'target', 'measurement', 'progressSchedule'] as const;
export type GoalTextField = (typeof goalTextFields)[number];
export type GoalFragmentField = 'description';

export interface GoalView {
  readonly id: string;
  readonly area: GoalArea;
  readonly status: GoalStatus;
  readonly settings: Setting[];
  readonly responsibleRoles: Role[];
  readonly baseline: string;
  readonly target: string;
  /** How progress is measured (work samples, observation, timed trials...). */
  readonly measurement: string;
  /** When progress is reported to parents (34 CFR 300.320(a)(3)(ii)). */
  readonly progressSchedule: string;
  readonly description: RichTextNode;
  readonly objectives: ObjectiveView[];
  /** Complementary goals, only those that still exist. */
  readonly links: GoalLinkView[];
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface GoalInput {
  readonly area: GoalArea;
  readonly status?: GoalStatus;
  /** Defaults to the author's own setting. */
  readonly settings?: readonly Setting[];
  readonly responsibleRoles?: readonly Role[];
  readonly baseline?: string;
  readonly target?: string;
  readonly measurement?: string;
  readonly progressSchedule?: string;
  /** Plain text, one paragraph per line; rich editing goes through fragment(). */
  readonly description?: string;
}

export type GoalPatch = Partial<Omit<GoalInput, 'description'>>;

function readGoalFields(item: Y.Map<unknown>, meta: ItemMeta) {
  const description = item.get(goalKeys.description);
  return {
    id: meta.id,
    area: readEnum(item, goalKeys.area, isGoalArea, 'other'),
    status: readEnum(item, goalKeys.status, isGoalStatus, 'draft'),
    settings: readFlags(item, goalKeys.settingPrefix, goalSettings),
    responsibleRoles: readFlags(item, goalKeys.rolePrefix, roles),
    baseline: readTextField(item, goalKeys.baseline),
    target: readTextField(item, goalKeys.target),
    measurement: readTextField(item, goalKeys.measurement),
    progressSchedule: readTextField(item, goalKeys.progressSchedule),
    description: readRichText(description instanceof Y.XmlFragment ? description : null),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Goals {
  private readonly items: Collection<ReturnType<typeof readGoalFields>, GoalTextField, GoalFragmentField>;
  readonly objectives: Objectives;

  constructor(
    private readonly writer: Writer,
    root: Y.Map<unknown>,
    private readonly links: Links,
  ) {
    this.items = new Collection(writer, () => root, root, {
      textFields: goalTextFields,
      fragmentFields: ['description'],
      read: readGoalFields,
    });
    this.objectives = new Objectives(writer, root);
  }

  private complete(fields: ReturnType<typeof readGoalFields>): GoalView {
    return { ...fields, objectives: this.objectives.list(fields.id), links: this.links.forGoal(fields.id) };
  }

  list(): GoalView[] {
    return this.items.list().map((fields) => this.complete(fields));
  }

  get(id: string): GoalView | null {
    const fields = this.items.get(id);
    return fields ? this.complete(fields) : null;
  }

  ids(): string[] {
    return this.items.ids();
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  add(input: GoalInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      item.set(goalKeys.area, input.area);
      item.set(goalKeys.status, input.status ?? 'draft');
      writeFlags(item, goalKeys.settingPrefix, goalSettings, input.settings ?? [author.setting]);
      writeFlags(item, goalKeys.rolePrefix, roles, input.responsibleRoles ?? []);
      item.set(goalKeys.objectives, new Y.Map<unknown>());
      for (const field of goalTextFields) {
        const text = item.get(field);
        const value = input[field];
        if (text instanceof Y.Text && value) text.insert(0, value);
      }
      const description = item.get(goalKeys.description);
      if (description instanceof Y.XmlFragment && input.description) writePlainParagraphs(description, input.description);
    });
    if (id === null) throw new Error('The goals map is a root type and cannot be missing');
    return id;
  }

  /** Applies a patch; false when the goal no longer exists (e.g. removed by a colleague). */
  update(id: string, patch: GoalPatch): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.area !== undefined) item.set(goalKeys.area, patch.area);
      if (patch.status !== undefined) item.set(goalKeys.status, patch.status);
      if (patch.settings) writeFlags(item, goalKeys.settingPrefix, goalSettings, patch.settings);
      if (patch.responsibleRoles) writeFlags(item, goalKeys.rolePrefix, roles, patch.responsibleRoles);
      for (const field of goalTextFields) {
        const value = patch[field];
        const text = value === undefined ? null : this.items.text(id, field);
        if (text && value !== undefined) replaceText(text, value);
      }
    });
  }

  move(id: string, toIndex: number): boolean {
    return this.items.move(id, toIndex);
  }

  /** Removes the goal with its objectives and its links, as one undoable step. */
  remove(id: string): boolean {
    return this.writer.run(() => {
      if (!this.items.has(id)) return false;
      this.links.removeForGoal(id);
      return this.items.remove(id);
    });
  }

  text(id: string, field: GoalTextField): Y.Text | null {
    return this.items.text(id, field);
  }

  fragment(id: string, field: GoalFragmentField): Y.XmlFragment | null {
    return this.items.fragment(id, field);
  }

  /** Fires on any change to any goal, including typing inside one. */
  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
