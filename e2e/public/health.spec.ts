import { expect, test } from "@playwright/test";

test("the readiness route reports the engine and a migrated database @smoke", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.engine).toBe(process.env.E2E_EXPECT_ENGINE ?? "pglite");
  expect(body.migrations.upToDate).toBe(true);
  expect(body.migrations.applied).toBe(body.migrations.expected);
  expect(res.headers()["cache-control"]).toBe("no-store");
});
