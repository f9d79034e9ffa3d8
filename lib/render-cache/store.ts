// Kept pages of one app instance, least recently used dropped first once over budget. Losing
// them loses nothing (every entry can be rendered again), so instances stay stateless.

export interface KeptPage {
  html: string;
  /** The nonce the page was rendered with. */
  nonce: string;
  contentType: string;
  cacheControl: string | null;
}

/** A JavaScript string takes two bytes per UTF-16 unit. */
const sizeOf = (key: string, page: KeptPage) => 2 * (key.length + page.html.length) + 256;

export class PageStore {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): KeptPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Map keeps insertion order: re-inserting marks the page most recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: KeptPage): void {
    const size = sizeOf(key, page);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(oldest, old);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(key, page);
  }
}
