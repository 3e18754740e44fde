import * as Y from 'yjs';
import type { HistoryKind } from '../../shared/history';
import { pathOf, type AnyType } from '../../shared/schema/docPaths';
import { compareOrderKeys, defaultOrderKey, isOrderKey } from '../../shared/schema/orderKey';
import { planRoots, presentLevelRoot } from '../../shared/schema/planRoots';
import { presentLevelAreaKeys, defaultPresentLevelAreas } from '../../shared/schema/presentLevels';
import { goalAreaLabels, goalAreas } from '../../shared/schema/vocabulary';
import { aliveBefore, aliveNow, fieldText, valueText } from '../../shared/schema/fieldText';

/** An item added, removed or moved, as history records it. */
export interface ItemChange {
  /** The item: ['goals', '<id>'], ['goals', '<id>', 'objectives', '<id>'], ['presentLevel.reading']. */
  readonly path: string[];
  readonly kind: Exclude<HistoryKind, 'edit'>;
  /** added: '' → the item's first words; removed: its words → ''; moved: its position (1-based) before → after. */
  readonly before: () => string;
  readonly after: () => string;
}

/** The lists whose items history follows: goals with their objectives, services, supports. */
const collections: ReadonlySet<string> = new Set([planRoots.goals, planRoots.services, planRoots.supports, 'objectives']);
const orderKey = 'order';
type Alive = (item: Y.Item) => boolean;

/**
 * A map, or a root the server's copy has not typed yet (a root stays untyped until someone
 * asks for it by type; its keys are there all the same).
 */
type MapLike = AnyType;

function asMapLike(type: AnyType): MapLike | null {
  if (type instanceof Y.Map) return type;
  if (type._item === null && !(type instanceof Y.Text) && !(type instanceof Y.XmlFragment) && !(type instanceof Y.Array) && type._map.size > 0) return type;
  return null;
}

/** The newest value of `key` in a map that was alive by `alive`, read from Yjs items (so a deleted map still answers). */
function rawValue(map: MapLike, key: string, alive: Alive): unknown {
  for (let item = map._map.get(key) ?? null; item !== null; item = item.left) {
    if (!alive(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentType) return content.type;
    if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
    return undefined;
  }
  return undefined;
}

/** An item's first words (a goal's description, a support's title), as they were by `alive`. */
export function itemWords(item: MapLike, alive: Alive): string {
  for (const key of ['title', 'name', 'description', 'text', 'target', 'provider', 'type', 'area']) {
    const value = rawValue(item, key, alive);
    const text = value instanceof Y.AbstractType ? fieldText(value as AnyType, alive) : valueText(value);
    const trimmed = text.trim().replace(/\s+/g, ' ');
    if (trimmed) return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
  }
  return '';
}

/** 1-based place of `id` among `entries` ordered by their keys. */
function position(entries: readonly { id: string; order: string }[], id: string): string {
  const sorted = [...entries].sort((a, b) => compareOrderKeys(a.order, b.order) || a.id.localeCompare(b.id));
  return String(sorted.findIndex((entry) => entry.id === id) + 1);
}

function siblingOrders(collection: MapLike, movedId: string, movedOrder: string): { id: string; order: string }[] {
  const out: { id: string; order: string }[] = [];
  for (const id of collection._map.keys()) {
    const value = rawValue(collection, id, aliveNow);
    if (!(value instanceof Y.Map)) continue;
    const order = id === movedId ? movedOrder : (value as Y.Map<unknown>).get(orderKey);
    out.push({ id, order: isOrderKey(order) ? order : '' });
  }
  return out;
}

/** Items of the plan's lists added, removed or moved in one transaction. */
export function itemChanges(transaction: Y.Transaction): ItemChange[] {
  const changes: ItemChange[] = [];
  const before = aliveBefore(transaction);
  for (const [type, keys] of transaction.changed) {
    const map = asMapLike(type);
    if (!map) continue;
    const path = pathOf(map as AnyType);
    if (!path) continue;
    if (path.length === 1 && path[0] === planRoots.presentLevelAreas) {
      for (const key of keys) if (key !== null) changes.push(...presentLevelChange(map, key, transaction));
      continue;
    }
    if (collections.has(path.at(-1) ?? '')) {
      for (const key of keys) {
        if (key === null) continue;
        const was = rawValue(map, key, before);
        const now = rawValue(map, key, aliveNow);
        const itemPath = [...path, key];
        if (!(was instanceof Y.Map) && now instanceof Y.Map) {
          changes.push({ path: itemPath, kind: 'added', before: () => '', after: () => itemWords(now as Y.Map<unknown>, aliveNow) });
        } else if (was instanceof Y.Map && !(now instanceof Y.Map)) {
          changes.push({ path: itemPath, kind: 'removed', before: () => itemWords(was as Y.Map<unknown>, before), after: () => '' });
        }
      }
      continue;
    }
    // An item's own order key: it moved within its list.
    const collection = map._item?.parent;
    const list = collection instanceof Y.AbstractType ? asMapLike(collection as AnyType) : null;
    if (keys.has(orderKey) && list && collections.has(path.at(-2) ?? '') && map._item?.deleted === false) {
      const id = path.at(-1)!;
      const wasOrder = rawValue(map, orderKey, before);
      if (!isOrderKey(wasOrder)) continue;
      const nowOrder = rawValue(map, orderKey, aliveNow);
      changes.push({
        path,
        kind: 'moved',
        before: () => position(siblingOrders(list, id, wasOrder), id),
        after: () => position(siblingOrders(list, id, isOrderKey(nowOrder) ? nowOrder : ''), id),
      });
    }
  }
  return changes;
}

/** Present levels: an area shown (added), hidden (removed) or moved, from its two keys. */
function presentLevelChange(map: MapLike, key: string, transaction: Y.Transaction): ItemChange[] {
  const area = goalAreas.find((candidate) => key === candidate + presentLevelAreaKeys.shownSuffix || key === candidate + presentLevelAreaKeys.orderSuffix);
  if (!area) return [];
  const path = [presentLevelRoot(area)];
  const before = aliveBefore(transaction);
  if (key.endsWith(presentLevelAreaKeys.shownSuffix)) {
    const shownBy = (alive: Alive) => {
      const value = rawValue(map, key, alive);
      return typeof value === 'boolean' ? value : defaultPresentLevelAreas.includes(area);
    };
    const [was, now] = [shownBy(before), shownBy(aliveNow)];
    if (was === now) return [];
    const name = goalAreaLabels[area];
    return [now ? { path, kind: 'added', before: () => '', after: () => name } : { path, kind: 'removed', before: () => name, after: () => '' }];
  }
  // Places among the areas the plan shows; an area nobody moved keeps the vocabulary's order.
  const shown = (candidate: string) => {
    const value = rawValue(map, candidate + presentLevelAreaKeys.shownSuffix, aliveNow);
    return candidate === area || (typeof value === 'boolean' ? value : (defaultPresentLevelAreas as readonly string[]).includes(candidate));
  };
  const ordersBy = (alive: Alive) =>
    goalAreas
      .map((candidate, index) => {
        const order = rawValue(map, candidate + presentLevelAreaKeys.orderSuffix, alive);
        return { id: candidate as string, order: isOrderKey(order) ? order : defaultOrderKey(index) };
      })
      .filter((entry) => shown(entry.id));
  return [{ path, kind: 'moved', before: () => position(ordersBy(before), area), after: () => position(ordersBy(aliveNow), area) }];
}
