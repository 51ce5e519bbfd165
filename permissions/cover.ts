/**
 * The smallest set of permissions that covers a set of operations, each satisfied by any one of its permissions:
 * a minimum set cover. Exact (every subset, smallest first) up to EXACT_LIMIT candidate permissions, greedy above.
 */

/** Candidate permissions up to which the cover is searched exhaustively (2^20 subsets at most). */
export const EXACT_LIMIT = 20;

/** One operation to cover: its permissions, least privileged first. */
export interface CoverItem {
  readonly id: string;
  readonly permissions: readonly string[];
}

export interface Cover {
  /** The permissions chosen, each with the operations it is for (each operation listed under one permission). */
  readonly permissions: { readonly permission: string; readonly for: string[] }[];
  /** 'exact' when proven smallest, 'greedy' when there were too many candidates to try every subset. */
  readonly method: 'exact' | 'greedy';
}

/**
 * Among the smallest covers, the one whose permissions rank lowest in the operations' lists (the least privileged),
 * then the first by name: deterministic.
 */
export function minimumCover(items: readonly CoverItem[]): Cover {
  const candidates = [...new Set(items.flatMap((i) => i.permissions))].sort(byCodePoint);
  const chosen = candidates.length <= EXACT_LIMIT ? exactCover(items, candidates) : greedyCover(items, candidates);
  return { permissions: assign(items, chosen), method: candidates.length <= EXACT_LIMIT ? 'exact' : 'greedy' };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How far down an item's list the best permission of `set` is (lower is less privileged); Infinity if none covers it.
 */
function rankIn(item: CoverItem, set: ReadonlySet<string>): number {
  const index = item.permissions.findIndex((p) => set.has(p));
  return index < 0 ? Infinity : index;
}

function cost(items: readonly CoverItem[], set: ReadonlySet<string>): number {
  return items.reduce((sum, item) => sum + rankIn(item, set), 0);
}

function exactCover(items: readonly CoverItem[], candidates: readonly string[]): string[] {
  // Each candidate as a bit mask of the items it covers; a subset covers all when the OR of its masks is full.
  const masks = candidates.map((c) =>
    items.reduce((mask, item, i) => (item.permissions.includes(c) ? mask | (1n << BigInt(i)) : mask), 0n),
  );
  const full = (1n << BigInt(items.length)) - 1n;
  for (let size = 1; size <= candidates.length; size++) {
    let best: string[] | undefined;
    let bestCost = Infinity;
    for (const subset of combinations(candidates.length, size)) {
      if (subset.reduce((mask, i) => mask | masks[i]!, 0n) !== full) continue;
      const names = subset.map((i) => candidates[i]!);
      const c = cost(items, new Set(names));
      if (c < bestCost) [best, bestCost] = [names, c];
    }
    if (best) return best;
  }
  return [];
}

/** Every `size`-element subset of 0…n-1, as index lists in lexicographic order. */
function* combinations(n: number, size: number): Generator<number[]> {
  const indices = Array.from({ length: size }, (_, i) => i);
  while (true) {
    yield indices.slice();
    let i = size - 1;
    while (i >= 0 && indices[i] === n - size + i) i--;
    if (i < 0) return;
    indices[i]!++;
    for (let j = i + 1; j < size; j++) indices[j] = indices[j - 1]! + 1;
  }
}

/**
 * Repeatedly the permission that covers the most uncovered operations, ties to the least privileged (lowest rank sum).
 */
function greedyCover(items: readonly CoverItem[], candidates: readonly string[]): string[] {
  const chosen: string[] = [];
  let left = [...items];
  while (left.length > 0) {
    let best = candidates[0]!;
    let bestCount = -1;
    let bestRank = Infinity;
    for (const c of candidates) {
      const covered = left.filter((i) => i.permissions.includes(c));
      const rank = covered.reduce((sum, i) => sum + i.permissions.indexOf(c), 0);
      if (covered.length > bestCount || (covered.length === bestCount && rank < bestRank))
        [best, bestCount, bestRank] = [c, covered.length, rank];
    }
    chosen.push(best);
    left = left.filter((i) => !i.permissions.includes(best));
  }
  return chosen;
}

/**
 * Each item under the chosen permission least privileged for it; the permissions in the order chosen lists them, by
 * name.
 */
function assign(items: readonly CoverItem[], chosen: readonly string[]): Cover['permissions'] {
  const set = new Set(chosen);
  const byPermission = new Map<string, string[]>(chosen.map((c) => [c, []]));
  for (const item of items) {
    const permission = item.permissions[rankIn(item, set)];
    if (permission !== undefined) byPermission.get(permission)!.push(item.id);
  }
  return [...byPermission]
    .filter(([, ids]) => ids.length > 0)
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([permission, ids]) => ({ permission, for: ids.sort(byCodePoint) }));
}
