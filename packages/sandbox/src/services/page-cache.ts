const encoder = new TextEncoder();

/**
 * Serialized JSON answers, kept as bytes so a repeated read neither rebuilds nor re-encodes them.
 * Bounded: the oldest entry goes when `capacity` is reached, so keys made of client-chosen query
 * strings cannot grow it without limit. Its owner decides when the data behind it changes: it
 * holds a cache per snapshot of that data, or calls {@link PageCache.clear}.
 */
export class PageCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();

  constructor(private readonly capacity = 512, private readonly maxKeyLength = 1024) {}

  /** The bytes of `JSON.stringify(build())`, built on the first request for `key`. */
  json(key: string, build: () => unknown): Uint8Array<ArrayBuffer> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const bytes = encoder.encode(JSON.stringify(build()));
    if (key.length <= this.maxKeyLength) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, bytes);
    }
    return bytes;
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear();
  }

  /** How many answers are held. */
  get size(): number {
    return this.entries.size;
  }
}
