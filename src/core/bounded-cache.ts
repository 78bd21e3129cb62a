/**
 * A memo that forgets everything once it holds `max` entries. The answers are cheap to compute
 * again; what must not happen is a cache that grows for as long as Excel keeps the page open.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.map.size;
  }

  /** The kept value for `key`, else `compute()` kept (undefined answers are kept too). */
  getOrAdd(key: K, compute: () => V): V {
    if (this.map.has(key)) return this.map.get(key) as V;
    const value = compute();
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}
