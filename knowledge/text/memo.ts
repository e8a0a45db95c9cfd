/**
 * A bounded cache for pure functions of short strings (a word's readings, a typo's corrections): customer
 * words repeat a lot (Zipf), so most lookups hit, and the oldest entries go once `max` is reached.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute();
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
