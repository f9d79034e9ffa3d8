import { describe, expect, it } from "vitest";
import { isKeptPage, nonceOf, noncePositions, pageKey, withNonce } from "./policy";

const request = (pathname: string, over: { method?: string; search?: string; headers?: Record<string, string> } = {}) => ({
  method: over.method ?? "GET",
  pathname,
  search: over.search ?? "",
  header: (name: string) => ({ accept: "text/html,application/xhtml+xml", ...over.headers })[name] ?? null,
});

describe("isKeptPage", () => {
  it("keeps whole-page GETs of dashboards and cross-country views only", () => {
    expect(isKeptPage(request("/assessments/demo-ke-2024/dashboard"))).toBe(true);
    expect(isKeptPage(request("/compare", { search: "?countries=KE,CO" }))).toBe(true);
    expect(isKeptPage(request("/compare/aggregates"))).toBe(true);
    expect(isKeptPage(request("/peers"))).toBe(true);
    for (const path of ["/assessments/demo-ke-2024", "/assessments/demo-ke-2024/report", "/assessments/a/dashboard/x", "/admin/users", "/"]) expect(isKeptPage(request(path))).toBe(false);
  });

  it("never keeps server actions, client navigations or prefetches", () => {
    const page = "/assessments/demo-ke-2024/dashboard";
    expect(isKeptPage(request(page, { method: "POST" }))).toBe(false);
    expect(isKeptPage(request(page, { headers: { rsc: "1" } }))).toBe(false);
    expect(isKeptPage(request(page, { headers: { "next-router-prefetch": "1" } }))).toBe(false);
    expect(isKeptPage(request(page, { headers: { "next-action": "abc" } }))).toBe(false);
    expect(isKeptPage(request(page, { search: "?_rsc=xyz" }))).toBe(false);
    // The router's payload fetch, whose Next.js headers the proxy may not see: it asks for no HTML.
    expect(isKeptPage(request(page, { headers: { accept: "*/*" } }))).toBe(false);
  });
});

describe("pageKey", () => {
  const parts = { url: "/compare?countries=KE", host: "mnr.example", userId: "u1", locale: "en", dataVersion: 7, day: "2026-11-28" };
  it("differs when anything the page depends on differs", () => {
    const base = pageKey(parts);
    const changes = [{ url: "/compare?countries=CO" }, { host: "other.example" }, { userId: "u2" }, { locale: "ar" }, { dataVersion: 8 }, { day: "2026-11-29" }];
    for (const change of changes) expect(pageKey({ ...parts, ...change })).not.toBe(base);
    expect(pageKey({ ...parts })).toBe(base);
  });
});

describe("nonces", () => {
  it("reads the script nonce of a policy and swaps it everywhere in a page", () => {
    const old = "MWQzY2IzNDEtOGRlZC00ZGE0LWI4ZGMtZjU1ZDM2ZWM4ZjUx";
    expect(nonceOf(`default-src 'self'; script-src 'self' 'nonce-${old}' 'strict-dynamic'`)).toBe(old);
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
    const fresh = "ZjJlNTA4MWMtNzQ2Ni00OWQ1LWI0NDgtMzcyMDNjZWM5YjE1";
    // Text before the nonces in several scripts (Arabic: multi-byte), so byte positions matter.
    const html = `<p>التقرير</p><script nonce="${old}">a</script><script nonce="${old}" src="/x.js"></script>`;
    const body = Buffer.from(html, "utf8");
    const positions = noncePositions(body, old);
    expect(positions).toHaveLength(2);
    expect(withNonce(body, positions, old, fresh).toString("utf8")).toBe(html.replaceAll(old, fresh));
    expect(body.toString("utf8")).toBe(html); // the kept copy is untouched
    // A nonce of another length still comes out right.
    expect(withNonce(body, positions, old, "short").toString("utf8")).toBe(html.replaceAll(old, "short"));
  });
});
