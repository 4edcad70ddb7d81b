import type { CachedResponse } from './CachedResponse.js';

/**
 * A byte-bounded least-recently-used map of responses for one catalog version: `reset` empties it when the catalog
 * changes. Entries larger than `maxEntryBytes` are not kept; the least recently used entries are dropped until the
 * total fits `maxBytes`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private total = 0;
  /** The catalog version the entries belong to. */
  version: number | undefined;
  /** When (ms, `performance.now()`) this version was first seen; `-Infinity` for the version the cache started with. */
  versionSince = Number.NEGATIVE_INFINITY;

  constructor(private readonly limits: { maxBytes: number; maxEntryBytes: number }) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `key`, now the most recently used; `undefined` when absent. */
  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an entry (unless it is too large), dropping the least recently used ones to stay within the bound. */
  set(key: string, entry: CachedResponse): void {
    if (entry.bytes > this.limits.maxEntryBytes || entry.bytes > this.limits.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.total -= previous.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.total += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= old.bytes;
    }
  }

  /** Empties the cache for a new catalog version, first seen at `now`. */
  reset(version: number, now: number): void {
    this.entries.clear();
    this.total = 0;
    this.version = version;
    this.versionSince = now;
  }
}
