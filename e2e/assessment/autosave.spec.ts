import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/roles";

test("two people editing one capability: the second save is refused and both versions are shown", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/child-participation";
  const a = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  const b = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await a.goto(url);
  await b.goto(url);

  await a.getByLabel("Reasoning").fill("Version A: a youth council advises the ministry twice a year.");
  await expect(a.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });

  await b.getByLabel("Reasoning").fill("Version B: no formal mechanism yet.");
  await expect(b.getByTestId("save-status")).toHaveAttribute("data-state", "conflict", { timeout: 10_000 });
  await expect(b.getByTestId("conflict-mine")).toContainText("Version B");
  await expect(b.getByTestId("conflict-theirs")).toContainText("Version A");

  // Nothing was overwritten.
  await a.reload();
  await expect(a.getByLabel("Reasoning")).toHaveValue(/Version A/);

  await b.getByRole("button", { name: "Keep my version" }).click();
  await expect(b.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await a.reload();
  await expect(a.getByLabel("Reasoning")).toHaveValue(/Version B/);
});

test("going offline mid-typing loses nothing: kept in the browser, saved when back online", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto("/assessments/demo-ke-2026/offender-support-systems");
  await context.setOffline(true);
  await page.getByLabel("Reasoning").fill("Typed while the connection was down: a pilot helpline for people at risk opened in 2025.");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "offline", { timeout: 10_000 });
  await expect(page.getByTestId("save-status")).toContainText("kept in this browser");

  await context.setOffline(false);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await page.reload();
  await expect(page.getByLabel("Reasoning")).toHaveValue(/Typed while the connection was down/);
});

test("unsaved input left in the browser comes back on the next visit and is saved", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto("/assessments/demo-ke-2026/takedown-procedures");
  await context.setOffline(true);
  await page.getByLabel("Lead ministry or agency").fill("Communications Authority of Kenya");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "offline", { timeout: 10_000 });
  await page.close();
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto("/assessments/demo-ke-2026/takedown-procedures");
  await expect(again.getByText("Unsaved changes from your last visit were restored")).toBeVisible();
  await expect(again.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  const fresh = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await fresh.goto("/assessments/demo-ke-2026/takedown-procedures");
  await expect(fresh.getByLabel("Lead ministry or agency")).toHaveValue("Communications Authority of Kenya");
});
