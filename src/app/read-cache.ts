import type { Store } from '../store/connect.ts';
import type { AppContext } from './context.ts';

/**
 * How much the cache may hold, in items: a relation's reading (about 7 KB on the heap, the
 * largest item a cached reading holds), a signal, a point of a group trend, or the overview (one).
 * 20,000 items is two whole-organisation lists of 10,000 relations, about 140 MB at most.
 */
const MAX_ITEMS = 20_000;
/** Distinct questions remembered: the dashboard asks a handful per organisation and date. */
const MAX_ENTRIES = 32;

interface Remembered {
  readonly value: Promise<unknown>;
  items: number;
}

/**
 * Whole-organisation readings remembered while the database has not changed. A reading of
 * 10,000 relations takes seconds to compute and nothing to serve again, and the dashboard asks
 * for the same few readings over and over between writes.
 *
 * Every entry was computed after the store's change counter (store/change-counter.ts) showed the
 * value the cache holds: the counter is read before computing, and a different value empties the
 * cache. A write that commits while a reading is computed changes the counter, so that reading is
 * served to those who asked before the write and to no one after. A computation in progress is
 * shared too, so that many clients asking at once after a write cost one computation, not one
 * each. Least recently used entries go first once there are too many or they hold too much.
 *
 * It sees the writes of this process only: a second server process writing to the same database
 * is seen once this process itself writes (see docs/architecture.md).
 */
class ReadCache {
  readonly #entries = new Map<string, Remembered>();
  #changes = -1;
  #items = 0;

  remember<T>(changes: number, key: string, compute: () => Promise<T>, items: (value: T) => number): Promise<T> {
    if (changes !== this.#changes) {
      this.#entries.clear();
      this.#items = 0;
      this.#changes = changes;
    }
    const hit = this.#entries.get(key);
    if (hit) {
      // Map order is recency order: a hit moves to the end.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry: Remembered = { value, items: 1 };
    this.#entries.set(key, entry);
    this.#items += entry.items;
    this.#trim();
    value.then(
      (result) => {
        if (this.#entries.get(key) !== entry) return;
        const counted = items(result);
        this.#items += counted - entry.items;
        entry.items = counted;
        this.#trim();
      },
      // A failure is not remembered: the next request tries again.
      () => {
        if (this.#entries.get(key) === entry) this.#forget(key, entry);
      },
    );
    return value;
  }

  #trim(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= MAX_ENTRIES && this.#items <= MAX_ITEMS) return;
      this.#forget(key, entry);
    }
  }

  #forget(key: string, entry: Remembered): void {
    this.#entries.delete(key);
    this.#items -= entry.items;
  }
}

/** One cache per store: the change counter it relies on is the store's. */
const caches = new WeakMap<Store, ReadCache>();

/**
 * A whole-organisation reading, computed once per question and state of the database. `question`
 * names the use case, the organisation and every input the reading depends on, dates resolved
 * (never "today"); `items` says how much the result holds. Every caller gets the same object:
 * treat it as read-only.
 */
export function cachedReading<T>(
  ctx: AppContext,
  question: readonly (string | number | boolean | null | undefined)[],
  compute: () => Promise<T>,
  items: (value: T) => number = () => 1,
): Promise<T> {
  let cache = caches.get(ctx.store);
  if (!cache) {
    cache = new ReadCache();
    caches.set(ctx.store, cache);
  }
  return cache.remember(ctx.store.changes.value, JSON.stringify(question), compute, items);
}
