import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, itemKeys, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readBoolean, readMap, readTextField } from './read';
import { replaceText, type Writer } from './writer';

/**
 * Short-term objectives of a goal: an ordered collection inside the goal's own map, so
 * removing the goal removes them with it. The text is a Y.Text (people type objectives live
 * during a meeting, and concurrent typing should merge); `done` is a plain boolean.
 */
export const objectiveKeys = {
  /** Key of the objectives map inside a goal. */
  container: 'objectives',
  text: 'text',
  done: 'done',
} as const;

export interface ObjectiveView {
  readonly id: string;
  readonly text: string;
  readonly done: boolean;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface ObjectiveInput {
  readonly text?: string;
  readonly done?: boolean;
}

export type ObjectivePatch = ObjectiveInput;

function readObjective(item: Y.Map<unknown>, meta: ItemMeta): ObjectiveView {
  return {
    id: meta.id,
    text: readTextField(item, objectiveKeys.text),
    done: readBoolean(item, objectiveKeys.done),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Objectives {
  constructor(
    private readonly writer: Writer,
    private readonly goalsRoot: Y.Map<unknown>,
  ) {}

  private goal(goalId: string): Y.Map<unknown> | null {
    const value = this.goalsRoot.get(goalId);
    if (!(value instanceof Y.Map)) return null;
    const goal = value as Y.Map<unknown>;
    return goal.get(itemKeys.id) === goalId ? goal : null;
  }

  /** Resolved on every call, so writes to a goal removed meanwhile are dropped, not misplaced. */
  private collection(goalId: string): Collection<ObjectiveView, 'text'> {
    const container = (): Y.Map<unknown> | null => {
      const goal = this.goal(goalId);
      return goal ? readMap(goal, objectiveKeys.container) : null;
    };
    return new Collection(this.writer, container, this.goalsRoot, {
      textFields: ['text'],
      fragmentFields: [],
      read: readObjective,
    });
  }

  list(goalId: string): ObjectiveView[] {
    return this.collection(goalId).list();
  }

  /** Adds an objective at the end of the goal's list; null when the goal does not exist. */
  add(goalId: string, input: ObjectiveInput, author: Author): string | null {
    return this.writer.run(() => {
      const goal = this.goal(goalId);
      if (!goal) return null;
      // Goals written by this schema always have the map; only older documents lack it.
      if (!readMap(goal, objectiveKeys.container)) goal.set(objectiveKeys.container, new Y.Map<unknown>());
      return this.collection(goalId).create(author, (item) => {
        const text = item.get(objectiveKeys.text);
        if (text instanceof Y.Text && input.text) text.insert(0, input.text);
        item.set(objectiveKeys.done, input.done ?? false);
      });
    });
  }

  update(goalId: string, objectiveId: string, patch: ObjectivePatch): boolean {
    const objectives = this.collection(goalId);
    return objectives.mutate(objectiveId, (item) => {
      if (patch.done !== undefined) item.set(objectiveKeys.done, patch.done);
      if (patch.text === undefined) return;
      const text = objectives.text(objectiveId, 'text');
      if (text) replaceText(text, patch.text);
    });
  }

  move(goalId: string, objectiveId: string, toIndex: number): boolean {
    return this.collection(goalId).move(objectiveId, toIndex);
  }

  remove(goalId: string, objectiveId: string): boolean {
    return this.collection(goalId).remove(objectiveId);
  }

  text(goalId: string, objectiveId: string): Y.Text | null {
    return this.collection(goalId).text(objectiveId, 'text');
  }

  /** Fires on any change to any goal (objectives live inside goals). */
  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.collection('').observe(callback);
  }
}
