import type * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { isId } from './ids';
import { readString } from './read';
import type { Writer } from './writer';

/**
 * Links between complementary goals across settings (the school pencil-grip goal and the
 * clinic hand-strength goal behind it). A link is symmetric and keyed by the sorted pair of
 * goal ids, so two people linking the same goals at once produce one link, not two.
 *
 * The note is a plain string (last writer wins): one short sentence, edited by one person at
 * a time, where character-merging two rewrites would read worse than keeping one.
 */
export const linkKeys = {
  goalA: 'goalA',
  goalB: 'goalB',
  note: 'note',
} as const;

export interface LinkView {
  readonly id: string;
  /** The two linked goals, in stored (sorted) order. */
  readonly goalIds: readonly [string, string];
  readonly note: string;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

/** A link seen from one of its goals. */
export interface GoalLinkView {
  readonly linkId: string;
  readonly goalId: string;
  readonly note: string;
}

export interface LinkInput {
  readonly goalId: string;
  readonly otherGoalId: string;
  readonly note?: string;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

function readLink(item: Y.Map<unknown>, meta: ItemMeta): LinkView {
  return {
    id: meta.id,
    goalIds: [readString(item, linkKeys.goalA), readString(item, linkKeys.goalB)],
    note: readString(item, linkKeys.note),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Links {
  private readonly items: Collection<LinkView>;

  constructor(
    private readonly writer: Writer,
    root: Y.Map<unknown>,
    /** Whether a goal currently exists; links to removed goals are hidden on read. */
    private readonly goalExists: (goalId: string) => boolean,
  ) {
    this.items = new Collection(writer, () => root, root, { textFields: [], fragmentFields: [], read: readLink });
  }

  /** Links whose two goals both still exist (a goal may be removed while someone links it). */
  list(): LinkView[] {
    return this.items
      .list()
      .filter(({ goalIds: [a, b] }) => isId(a) && isId(b) && a !== b && this.goalExists(a) && this.goalExists(b));
  }

  forGoal(goalId: string): GoalLinkView[] {
    const links: GoalLinkView[] = [];
    for (const link of this.list()) {
      const [a, b] = link.goalIds;
      if (a === goalId) links.push({ linkId: link.id, goalId: b, note: link.note });
      else if (b === goalId) links.push({ linkId: link.id, goalId: a, note: link.note });
    }
    return links;
  }

  /** Links two goals; returns the link id (the existing one if already linked), or null. */
  add(input: LinkInput, author: Author): string | null {
    const { goalId, otherGoalId } = input;
    if (goalId === otherGoalId || !this.goalExists(goalId) || !this.goalExists(otherGoalId)) return null;
    const id = pairKey(goalId, otherGoalId);
    if (this.items.has(id)) return id;
    const [a, b] = goalId < otherGoalId ? [goalId, otherGoalId] : [otherGoalId, goalId];
    return this.items.create(
      author,
      (item) => {
        item.set(linkKeys.goalA, a);
        item.set(linkKeys.goalB, b);
        item.set(linkKeys.note, input.note ?? '');
      },
      id,
    );
  }

  update(id: string, patch: { readonly note?: string }): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.note !== undefined) item.set(linkKeys.note, patch.note);
    });
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  /** Removes every link touching a goal; used inside the goal's own removal transaction. */
  removeForGoal(goalId: string): void {
    this.writer.run(() => {
      for (const link of this.items.list()) {
        if (link.goalIds.includes(goalId)) this.items.remove(link.id);
      }
    });
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
