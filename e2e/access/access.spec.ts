import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { callServerAction, listServerActions } from "../support/server-actions";
import { allActors, storageStateOf, type Actor } from "../support/roles";
import { actionAccess, allows, pageAccess, routeAccess } from "./access-matrix";

test.describe.configure({ mode: "serial" }); // the last check reads what the refused calls left behind

const appDir = path.join(__dirname, "..", "..", "app");

function routePatterns(fileName: "page.tsx" | "route.ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      else if (entry === fileName) found.push(`/${segments.join("/")}`);
    }
  };
  walk(appDir, []);
  return found.sort();
}

test.describe("the access matrix covers the whole app", () => {
  test("every page is in the matrix", () => {
    expect(routePatterns("page.tsx")).toEqual(Object.keys(pageAccess).sort());
  });
  test("every route handler is in the matrix", () => {
    expect(routePatterns("route.ts")).toEqual(Object.keys(routeAccess).sort());
  });
  test("every server action is in the matrix", () => {
    expect(listServerActions().map((a) => a.name).sort()).toEqual(Object.keys(actionAccess).sort());
  });
});

for (const actor of allActors) {
  test.describe(`as ${actor}`, () => {
    test.use({ storageState: storageStateOf(actor) ?? { cookies: [], origins: [] } });

    test("pages: allowed where the table says, refused elsewhere", async ({ page }) => {
      for (const [pattern, { path: url, audience, hidden }] of Object.entries(pageAccess)) {
        const response = await page.goto(url);
        const status = response?.status();
        const landed = new URL(page.url()).pathname;
        if (pattern === "/sign-in" && actor !== "anonymous") {
          expect(landed, `${actor} on ${pattern}`).toBe("/workspace");
        } else if (allows(audience, actor)) {
          expect(status, `${actor} on ${pattern}`).toBe(200);
          expect(landed, `${actor} on ${pattern}`).toBe(url);
        } else if (actor === "anonymous") {
          expect(landed, `${actor} on ${pattern}`).toBe("/sign-in");
          expect(new URL(page.url()).searchParams.get("next")).toBe(url);
        } else if (hidden) {
          expect(status, `${actor} on ${pattern}`).toBe(404);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
        } else {
          expect(status, `${actor} on ${pattern}`).toBe(403);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
        }
      }
    });

    test("route handlers: allowed where the table says", async ({ page, baseURL }) => {
      for (const [pattern, { method, path: url, audience }] of Object.entries(routeAccess)) {
        // An empty upload: refused at the door when not allowed, a plain 4xx about the content when allowed.
        const res = method === "GET" ? await page.request.get(url) : await page.request.post(url, { headers: { Origin: baseURL! }, multipart: { sensitivity: "public" } });
        const refused = res.status() === 401 || res.status() === 403;
        expect(refused, `${actor} ${method} ${pattern} → ${res.status()}`).toBe(!allows(audience, actor));
        if (!allows(audience, actor)) expect(res.status()).toBe(actor === "anonymous" ? 401 : 403);
      }
    });

    test("server actions: crafted calls are refused unless the table allows them", async ({ page, baseURL }) => {
      for (const action of listServerActions()) {
        const rule = actionAccess[action.name]!;
        if (allows(rule.audience, actor)) {
          // An unknown field makes the input invalid: proof the call got past the permission check, with nothing changed.
          const result = await callServerAction(page.request, baseURL!, action, { matrixProbe: true });
          expect(result.code, `${actor} → ${action.name}`).toBe("invalid");
        } else {
          const result = await callServerAction(page.request, baseURL!, action, rule.sample);
          expect(result.ok, `${actor} → ${action.name}`).toBe(false);
          expect(result.code, `${actor} → ${action.name}`).toBe(actor === "anonymous" ? "unauthenticated" : "forbidden");
        }
      }
    });
  });
}

test.describe("refused calls changed nothing", () => {
  test.use({ storageState: storageStateOf("secretariat" as Actor) });
  test("no probe invitation exists, the 2FA policy is untouched, and the refusals are in the audit log", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByText("matrix-probe@example.org")).toHaveCount(0);
    await page.goto("/admin/security");
    for (const role of ["Country contributor", "Country focal point", "Advisory board member", "NGO analyst"]) {
      await expect(page.getByRole("checkbox", { name: role })).not.toBeChecked();
    }
    await page.goto("/admin/audit?action=user.invite&outcome=denied");
    await expect(page.getByRole("status").filter({ hasText: /entr/ })).not.toHaveText("0 entries");
    // The probes never reached the Kenyan draft or the shared list.
    await page.goto("/assessments/demo-ke-2026");
    await expect(page.getByText("MATRIX PROBE")).toHaveCount(0);
    await expect(page.getByText("Submitted for review")).toHaveCount(0);
    await page.goto("/assessments/demo-ke-2026/legislation");
    await expect(page.getByText("MATRIX PROBE")).toHaveCount(0);
    await page.goto("/assessments/demo-ke-2026/enablers");
    await expect(page.getByText("MATRIX PROBE")).toHaveCount(0);
    await page.goto("/assessments/demo-ke-2023");
    await expect(page.getByText("Not shared with anyone.")).toBeVisible();
  });
});

test.describe("state-changing route handlers", () => {
  test.use({ storageState: storageStateOf("contributor" as Actor) });
  test("refuse a request from another origin", async ({ page }) => {
    const res = await page.request.post("/api/assessments/demo-ke-2026/files", { headers: { Origin: "https://evil.example" }, multipart: { sensitivity: "public" } });
    expect(res.status()).toBe(403);
    const none = await page.request.post("/api/assessments/demo-ke-2026/files", { multipart: { sensitivity: "public" } });
    expect(none.status()).toBe(403);
  });
});
