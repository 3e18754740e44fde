import * as Y from 'yjs';
import { describePath, type HistoryKind } from '../../shared/history';
import type { Role } from '../../shared/roles';
import { fieldOf, pathOf } from '../../shared/schema/docPaths';
import { itemTitle } from '../../shared/schema/itemTitle';
import { suggestionsRoot } from '../../shared/schema/suggestions';
import { errorFields, type Logger } from '../logger';
import type { Room } from '../collab/Room';
import type { HistoryRepository } from './HistoryRepository';
import { aliveBefore, aliveNow, fieldText, mapValueBefore, valueText } from '../../shared/schema/fieldText';
import { itemChanges } from './itemChanges';
import { planRoots } from '../../shared/schema/planRoots';

/** Who a change is from: a socket's contributor, or a server change made for someone. */
export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
}

/** A transaction origin that says whom a server-side change is for (suggestion decisions). */
export interface ActorOrigin {
  readonly actor: Actor;
}

function actorOf(origin: unknown): Actor | null {
  if (typeof origin !== 'object' || origin === null) return null;
  const candidate = (origin as { contributor?: unknown; actor?: unknown }).contributor ?? (origin as { actor?: unknown }).actor;
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { userId, name, role } = candidate as Partial<Actor>;
  return typeof userId === 'string' && typeof name === 'string' && typeof role === 'string' ? { userId, name, role } : null;
}

interface Spell {
  readonly docName: string;
  readonly kind: HistoryKind;
  readonly path: string[];
  readonly label: string;
  readonly actor: Actor;
  readonly before: string;
  after: string;
  readonly startedAt: string;
  lastAt: string;
  timer: NodeJS.Timeout;
}

/** One field edited, or one item added, removed or moved, within a transaction. */
interface Change {
  readonly path: string[];
  readonly kind: HistoryKind;
  readonly before: () => string;
  readonly after: () => string;
}

export interface HistoryRecorderOptions {
  readonly repository: HistoryRepository;
  readonly logger: Logger;
  /** A spell of editing ends after this long without a change by its author. */
  readonly idleMs: number;
  readonly now?: () => Date;
}

/**
 * Records who changed which field of a plan, from the changes themselves: the room knows which
 * socket (and so which person) sent every update. Keystrokes are gathered into spells, one per
 * person and field, closed when the person pauses, when someone else edits the field, or when
 * the server stops; each spell becomes one row with the words before and after. The update log
 * itself is compacted into snapshots, so authorship is kept here rather than per update.
 */
export class HistoryRecorder {
  private readonly spells = new Map<string, Spell>();
  /** History rows on their way to the database, so a shutdown can wait for them. */
  private readonly saving = new Set<Promise<void>>();
  /**
   * The last row written. Rows are written one after another so their ids follow the order
   * the spells closed in: spells closing in the same millisecond are told apart by id alone,
   * and on PostgreSQL concurrent inserts on a pool would take their ids in any order.
   */
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(private readonly options: HistoryRecorderOptions) {}

  /** Follows a room; only plan documents keep history. */
  attach(room: Room): void {
    if (!room.name.endsWith('/plan')) return;
    room.watch((transaction, doc) => this.handleTransaction(room.name, transaction, doc));
  }

  /** Writes every open spell (on shutdown). */
  /** Closes every open spell; resolves once each one is stored. */
  async flushAll(): Promise<void> {
    for (const key of [...this.spells.keys()]) this.flush(key);
    while (this.saving.size > 0) await Promise.allSettled([...this.saving]);
  }

  private handleTransaction(docName: string, transaction: Y.Transaction, doc: Y.Doc): void {
    const actor = actorOf(transaction.origin);
    if (!actor || transaction.changed.size === 0) return;
    const touched = new Map<string, Change>();
    // Items added, removed and moved; a move pressed several times in a row is one spell.
    for (const change of itemChanges(transaction)) touched.set(`${change.path.join('\u0000')}\u0002${change.kind}`, change);
    for (const [type, keys] of transaction.changed) {
      const field = fieldOf(type);
      if (field instanceof Y.Map) {
        const mapPath = pathOf(field);
        // Suggestions are not history; which present levels show, and where, are item changes.
        if (!mapPath || mapPath[0] === suggestionsRoot || mapPath[0] === planRoots.presentLevelAreas) continue;
        for (const key of keys) {
          if (key === null || key === 'order') continue;
          const value = (field as Y.Map<unknown>).get(key);
          if (value instanceof Y.AbstractType) continue;
          const path = [...mapPath, key];
          touched.set(path.join('\u0000'), {
            path,
            kind: 'edit',
            before: () => mapValueBefore(field as Y.Map<unknown>, key, transaction),
            after: () => valueText((field as Y.Map<unknown>).get(key)),
          });
        }
        continue;
      }
      if (!(field instanceof Y.Text) && !(field instanceof Y.XmlFragment)) continue;
      const path = pathOf(field);
      if (!path || path[0] === suggestionsRoot) continue;
      touched.set(path.join('\u0000'), {
        path,
        kind: 'edit',
        before: () => fieldText(field, aliveBefore(transaction)),
        after: () => fieldText(field, aliveNow),
      });
    }
    const at = (this.options.now?.() ?? new Date()).toISOString();
    for (const [pathKey, change] of touched) this.note(docName, pathKey, change, actor, at, doc);
  }

  private note(docName: string, pathKey: string, change: Change, actor: Actor, at: string, doc: Y.Doc): void {
    const key = `${docName}\u0001${pathKey}`;
    const open = this.spells.get(key);
    if (open && open.actor.userId !== actor.userId) {
      open.after = change.before();
      this.flush(key);
    }
    const current = this.spells.get(key);
    if (current) {
      current.after = change.after();
      current.lastAt = at;
      current.timer.refresh();
      return;
    }
    this.spells.set(key, {
      docName,
      kind: change.kind,
      path: change.path,
      label: describePath(change.path, (itemPath) => itemTitle(doc, itemPath)?.text ?? null),
      actor,
      before: change.before(),
      after: change.after(),
      startedAt: at,
      lastAt: at,
      timer: this.idleTimer(key),
    });
  }

  private idleTimer(key: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.flush(key), this.options.idleMs);
    timer.unref();
    return timer;
  }

  private flush(key: string): void {
    const spell = this.spells.get(key);
    if (!spell) return;
    this.spells.delete(key);
    clearTimeout(spell.timer);
    // Words typed and taken back, or a move back to where it was, changed nothing; an item
    // added or removed always did, even one without words yet.
    if ((spell.kind === 'edit' || spell.kind === 'moved') && spell.before === spell.after) return;
    const entry = {
      docName: spell.docName,
      kind: spell.kind,
      path: spell.path,
      label: spell.label,
      userId: spell.actor.userId,
      name: spell.actor.name,
      role: spell.actor.role,
      startedAt: spell.startedAt,
      endedAt: spell.lastAt,
      before: spell.before,
      after: spell.after,
    };
    const saving = this.lastWrite
      .then(() => this.options.repository.add(entry))
      .catch((error: unknown) => this.options.logger.error('history entry not saved', { doc: spell.docName, ...errorFields(error) }))
      .finally(() => this.saving.delete(saving));
    this.lastWrite = saving;
    this.saving.add(saving);
  }
}
