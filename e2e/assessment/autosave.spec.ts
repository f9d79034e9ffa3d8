// Every test waits for the form to run (form[data-ready]) before typing: what is typed earlier
// reaches the field but not the form, which then saves and keeps the answer as it was.
import { expect, test, type Page, type Route } from "@playwright/test";
import { storageStateOf } from "../support/roles";

test("two people editing one capability: the second save is refused and both versions are shown", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/child-participation";
  const a = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  const b = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await a.goto(url);
  await a.locator("form[data-ready]").waitFor();
  await b.goto(url);
  await b.locator("form[data-ready]").waitFor();

  await a.getByLabel("Reasoning").fill("Version A: a youth council advises the ministry twice a year.");
  await expect(a.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });

  await b.getByLabel("Reasoning").fill("Version B: no formal mechanism yet.");
  await expect(b.getByTestId("save-status")).toHaveAttribute("data-state", "conflict", { timeout: 10_000 });
  await expect(b.getByTestId("conflict-mine")).toContainText("Version B");
  await expect(b.getByTestId("conflict-theirs")).toContainText("Version A");

  // Nothing was overwritten.
  await a.reload();
  await a.locator("form[data-ready]").waitFor();
  await expect(a.getByLabel("Reasoning")).toHaveValue(/Version A/);

  await b.getByRole("button", { name: "Keep my version" }).click();
  await expect(b.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await a.reload();
  await a.locator("form[data-ready]").waitFor();
  await expect(a.getByLabel("Reasoning")).toHaveValue(/Version B/);
});

test("going offline mid-typing loses nothing: kept in the browser, saved when back online", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto("/assessments/demo-ke-2026/offender-support-systems");
  await page.locator("form[data-ready]").waitFor();
  await context.setOffline(true);
  await page.getByLabel("Reasoning").fill("Typed while the connection was down: a pilot helpline for people at risk opened in 2025.");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "offline", { timeout: 10_000 });
  await expect(page.getByTestId("save-status")).toContainText("kept in this browser");

  await context.setOffline(false);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await page.reload();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByLabel("Reasoning")).toHaveValue(/Typed while the connection was down/);
});

test("unsaved input left in the browser is offered on the next visit, and saved once restored", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/takedown-procedures";
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("form[data-ready]").waitFor();
  // Every save of this visit fails (the network drops it). Offline emulation is not used here:
  // Chromium could still deliver a retry as the browser came back online, and the input would
  // then be saved (rightly) instead of left in the browser for the next visit.
  await page.route((u) => u.pathname === url, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback()));
  await page.getByLabel("Lead ministry or agency").fill("Communications Authority of Kenya");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", /^(offline|unreachable)$/, { timeout: 10_000 });
  // Leave the page with the input unsaved, then come back.
  page.once("dialog", (dialog) => void dialog.accept()); // "leave this page?": the input is unsaved
  await page.goto("about:blank");
  await page.unrouteAll({ behavior: "ignoreErrors" });

  const again = page;
  await again.goto(url);
  await again.locator("form[data-ready]").waitFor();
  const offered = again.getByTestId("unsaved-copy");
  await expect(offered).toHaveCount(1);
  await offered.getByRole("button", { name: "Restore" }).click();
  await expect(again.getByText("An unsaved copy was restored")).toBeVisible();
  await expect(again.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await expect(again.getByTestId("unsaved-copies")).toHaveCount(0);
  const fresh = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await fresh.goto("/assessments/demo-ke-2026/takedown-procedures");
  await fresh.locator("form[data-ready]").waitFor();
  await expect(fresh.getByLabel("Lead ministry or agency")).toHaveValue("Communications Authority of Kenya");
});

test("two tabs typing offline each keep their own copy: one tab's save leaves the other's text offered", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/child-helpline";
  const textA = "Tab A: the national child helpline 116 answers around the clock.";
  const textB = "Tab B: the helpline has no funding for text messages yet.";
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(url);
  await a.locator("form[data-ready]").waitFor();
  await b.goto(url);
  await b.locator("form[data-ready]").waitFor();
  await context.setOffline(true);
  await a.getByLabel("Reasoning").fill(textA);
  await expect(a.getByTestId("save-status")).toHaveAttribute("data-state", "offline", { timeout: 10_000 });
  await b.getByLabel("Reasoning").fill(textB);
  await expect(b.getByTestId("save-status")).toHaveAttribute("data-state", "offline", { timeout: 10_000 });
  // Tab B is closed before the connection returns: its words exist only in this browser.
  await b.close();
  await context.setOffline(false);
  await expect(a.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });

  const c = await context.newPage();
  await c.goto(url);
  await c.locator("form[data-ready]").waitFor();
  const kept = await c.evaluate((t) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? "").includes(t)), textB);
  expect(kept, "tab B's text is still kept in the browser after tab A saved").toBe(true);
  const offered = c.getByTestId("unsaved-copy");
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText(textB);
  await expect(offered.locator("time")).toHaveCount(1);

  // B typed on the version before A's save: restoring it goes through the conflict check.
  await offered.getByRole("button", { name: "Restore" }).click();
  await expect(c.getByTestId("save-status")).toHaveAttribute("data-state", "conflict", { timeout: 10_000 });
  await expect(c.getByTestId("conflict-mine")).toContainText(textB);
  await expect(c.getByTestId("conflict-theirs")).toContainText(textA);
  await c.getByRole("button", { name: "Keep my version" }).click();
  await expect(c.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await c.reload();
  await c.locator("form[data-ready]").waitFor();
  await expect(c.getByLabel("Reasoning")).toHaveValue(textB);
  await expect(c.getByTestId("unsaved-copies")).toHaveCount(0);
});

test("a discarded copy is gone for good: not restored, not offered again", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/education-programme";
  const typed = "Ministry of Education, typed in a tab that was closed";
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("form[data-ready]").waitFor();
  // A copy another page view left behind, written as the form writes it.
  await page.evaluate(
    ([key, leadAgency]) =>
      localStorage.setItem(key, JSON.stringify({ values: { level: null, notApplicable: false, notApplicableReason: "", reasoning: "", confidence: null, targetLevel: null, targetDate: "", leadAgency }, baseVersion: 0, at: Date.now() })),
    ["mnr-unsaved:demo-ke-2026:education-programme:closed-tab", typed] as const,
  );
  await page.reload();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByTestId("unsaved-copy")).toHaveCount(1);
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByTestId("unsaved-copies")).toHaveCount(0);
  await page.reload();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByLabel("Lead ministry or agency")).not.toHaveValue(typed);
  await expect(page.getByTestId("unsaved-copies")).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("closed-tab")))).toEqual([]);
});

/** Answers the save action's POSTs for one page as the route decides, everything else untouched. */
async function interceptSaves(page: Page, path: string, answer: (route: Route) => Promise<boolean>) {
  await page.route(
    (u) => u.pathname === path,
    async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"] && (await answer(route))) return;
      await route.fallback();
    },
  );
}

test("the server answering 503: the page says so, keeps the input and saves by itself once it is back", async ({ browser }) => {
  const path = "/assessments/demo-ke-2026/csea-hotline";
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("form[data-ready]").waitFor();
  let down = true;
  let refused = 0;
  await interceptSaves(page, path, async (route) => {
    if (!down) return false;
    refused++;
    await route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" });
    return true;
  });
  await page.getByLabel("Lead ministry or agency").fill("Kenya Film Classification Board");
  const status = page.getByTestId("save-status");
  await expect(status).toHaveAttribute("data-state", "serverError", { timeout: 10_000 });
  await expect(status).toContainText("The server had a problem");
  await expect(status).toContainText("retried automatically");
  await expect(status).not.toContainText("offline");
  // Nobody touches the page: it tries again by itself.
  await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await expect(page.getByLabel("Lead ministry or agency")).toHaveValue("Kenya Film Classification Board");
  down = false;
  await expect(status).toHaveAttribute("data-state", "saved", { timeout: 40_000 });

  const fresh = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await fresh.goto(path);
  await fresh.locator("form[data-ready]").waitFor();
  await expect(fresh.getByLabel("Lead ministry or agency")).toHaveValue("Kenya Film Classification Board");
});

test("the server unreachable while the network works: said so, not 'offline', and saved by itself once it answers", async ({ browser }) => {
  const path = "/assessments/demo-ke-2026/innovative-solutions";
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("form[data-ready]").waitFor();
  let down = true;
  await interceptSaves(page, path, async (route) => {
    if (!down) return false;
    await route.abort("connectionrefused");
    return true;
  });
  await page.getByLabel("Lead ministry or agency").fill("ICT Authority");
  const status = page.getByTestId("save-status");
  await expect(status).toHaveAttribute("data-state", "unreachable", { timeout: 10_000 });
  await expect(status).toContainText("cannot be reached, although your connection works");
  await expect(page.getByRole("button", { name: "Try again now" })).toBeVisible();
  down = false;
  await expect(status).toHaveAttribute("data-state", "saved", { timeout: 40_000 });
});
