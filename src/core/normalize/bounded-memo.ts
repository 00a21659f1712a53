/**
 * A string-keyed memo that never holds more than `limit` entries. It keeps two generations: new
 * answers go into the young one; when that is full it becomes the old one and the previous old
 * one is dropped. A hit in the old generation is moved to the young one, so values that keep
 * coming back (a country, a job title, the team's statuses) stay, and a column of unique values
 * (emails of a million rows) costs at most `limit` entries, never the whole column.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly generation: number;

  constructor(readonly limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** Entries held (a value copied into the young generation still counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    // Copied, not moved: the old generation is dropped whole at the next turn anyway.
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.generation && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/**
 * The answer for `key`, computed once while it stays in the memo. `undefined` is never stored,
 * so a function that can return it is simply called again.
 */
export function remembered<V>(memo: BoundedMemo<V>, key: string, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}
