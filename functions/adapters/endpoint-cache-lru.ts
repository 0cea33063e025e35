/**
 * The least-recently-used map behind the SDK's endpoint cache, as deployed. DynamoDB's client
 * builds an `EndpointCache` (`@aws-sdk/endpoint-cache`) whether or not endpoint discovery is
 * on, and that cache keeps its entries in mnemonist's `LRUCache`, which with its iterator
 * helpers is about 7 KiB of every bundle. The bundles put this module where
 * `mnemonist/lru-cache` would be (the `alias` in lib/lambda-bundling.ts). It has the calls the
 * cache makes and nothing else; a `Map` keeps insertion order, so its first key is the one
 * used least recently.
 */
export default class LeastRecentlyUsed<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`an LRU cache needs a whole, positive capacity, not ${capacity}`);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, which becomes the most recently used. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** The value, leaving the order as it is. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Stores the value as the most recently used, evicting the least recently used past capacity. */
  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  clear(): void {
    this.#entries.clear();
  }
}
