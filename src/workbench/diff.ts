/**
 * What changed between the opened feed and the draft, in the terms an editor
 * checks before saving: entries changed, added, removed (matched by `id`, else by
 * position), and whether the head (title, filter groups …) changed. Pure.
 */
import { isObj, type Obj } from './draft.js';

export interface FeedDiff {
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
  /** Entries kept but in another order. */
  readonly moved: boolean;
  /** Anything outside `networks`. */
  readonly head: boolean;
}

export function diffFeeds(before: Obj, after: Obj): FeedDiff {
  const a = listOf(before.networks);
  const b = listOf(after.networks);
  const keysOf = (list: readonly unknown[]) => {
    // A repeated id (the validator skips the later entry) is told apart by how often it came before.
    const seen = new Map<string, number>();
    return list.map((n, i) => {
      if (!isObj(n) || typeof n.id !== 'string' || !n.id) return `at:${i}`;
      const count = seen.get(n.id) ?? 0;
      seen.set(n.id, count + 1);
      return `id:${n.id}#${count}`;
    });
  };
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  const keyOf = (_: unknown, i: number, list: readonly unknown[]) => (list === a ? keysA : keysB)[i];
  const old = new Map(a.map((n, i) => [keysA[i], n]));
  const kept = new Set<string>();
  let changed = 0;
  let added = 0;
  for (const [i, n] of b.entries()) {
    const key = keysB[i];
    if (!old.has(key) || kept.has(key)) {
      added++;
      continue;
    }
    kept.add(key);
    if (!sameJson(old.get(key), n)) changed++;
  }
  const order = (list: readonly unknown[]) =>
    list
      .map((n, i) => keyOf(n, i, list))
      .filter((k) => kept.has(k))
      .join('\n');
  const { networks: _a, ...headBefore } = before;
  const { networks: _b, ...headAfter } = after;
  return {
    changed,
    added,
    removed: a.length - kept.size,
    moved: order(a) !== order(b),
    head: !sameJson(headBefore, headAfter),
  };
}

export const hasChanges = (d: FeedDiff) => d.changed + d.added + d.removed > 0 || d.moved || d.head;

const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** Equal as JSON, whatever the key order: moving a field is no change to the feed. */
function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameJson(v, y[i]));
  }
  if (!isObj(x) || !isObj(y)) return false;
  const kx = Object.keys(x);
  return kx.length === Object.keys(y).length && kx.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
