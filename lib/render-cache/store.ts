// Kept pages of one app instance, least recently used dropped first once over budget. Losing
// them loses nothing (every entry can be rendered again), so instances stay stateless.

export interface KeptPage {
  /** The page's HTML, UTF-8. */
  body: Buffer;
  /** The nonce the page was rendered with, and where it occurs in the body. */
  nonce: string;
  noncePositions: number[];
  contentType: string;
  cacheControl: string | null;
}

const sizeOf = (key: string, page: KeptPage) => 2 * key.length + page.body.length + 8 * page.noncePositions.length + 256;

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
