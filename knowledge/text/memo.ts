/**
 * A bounded cache for pure functions of short strings (a word's readings, a typo's corrections): customer
 * words repeat a lot (Zipf), so most lookups hit, and the oldest entries go once `max` is reached.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  /**
   * The keys in the order they came, as a ring once full: the oldest is dropped in constant time. Asking the map
   * for its first key instead walked past every entry deleted since the map last compacted (thousands, once full),
   * for each new key.
   */
  private readonly order: string[] = [];
  private oldest = 0;

  private readonly max: number;

  constructor(max: number) {
    this.max = Math.max(1, max);
  }

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute();
    if (this.order.length < this.max) this.order.push(key);
    else {
      this.map.delete(this.order[this.oldest]!);
      this.order[this.oldest] = key;
      this.oldest = (this.oldest + 1) % this.max;
    }
    this.map.set(key, value);
    return value;
  }

  /** Forgets every key (the engine's warm-up leaves no reading of its own texts behind). */
  clear(): void {
    this.map.clear();
    this.order.length = 0;
    this.oldest = 0;
  }

  get size(): number {
    return this.map.size;
  }
}
