import { describe, expect, it } from "vitest";
import { type KeptPage, PageStore } from "./store";

const page = (bytes: number): KeptPage => ({ body: Buffer.alloc(bytes, "x"), nonce: "n", noncePositions: [], contentType: "text/html", cacheControl: null });

describe("PageStore", () => {
  it("drops the least recently used pages once over its budget, never the page just kept", () => {
    // Each page takes about 3.3 kB with its bookkeeping: two fit, three do not.
    const store = new PageStore(9_000);
    store.set("a", page(3_000));
    store.set("b", page(3_000));
    expect(store.get("a")).toBeDefined(); // a is now more recent than b
    store.set("c", page(3_000));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
    expect(store.usedBytes).toBeLessThanOrEqual(9_000);
  });

  it("does not keep a page larger than the whole budget, and counts a replaced page once", () => {
    const store = new PageStore(10_000);
    store.set("huge", page(20_000));
    expect(store.size).toBe(0);
    store.set("a", page(1_000));
    const used = store.usedBytes;
    store.set("a", page(1_000));
    expect(store.usedBytes).toBe(used);
    expect(store.size).toBe(1);
  });
});
