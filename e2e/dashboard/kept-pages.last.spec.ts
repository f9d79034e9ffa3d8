import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "../support/roles";
import { signIn } from "../support/sign-in";

// Dashboards are kept per person and served again until anything under them changes
// (lib/render-cache). These tests check the keeping never shows stale or someone else's page.
// Any write anywhere retires every kept page, and other tests write in parallel: a "hit" is
// therefore polled for, and what is asserted after a change is the content, not the outcome.
// Runs last: the enablers form saves every enabler, so a parallel enablers test could
// otherwise overwrite the rating this test sets.
const dashboard = "/assessments/demo-ke-2026/dashboard";
const enabler = /Cross-sector, multi-disciplinary collaboration/;

async function rate(page: Page, label: string) {
  await page.goto("/assessments/demo-ke-2026/enablers");
  await page.getByRole("group", { name: enabler }).getByLabel("How it stands").selectOption({ label });
  await page.getByRole("button", { name: "Save the enablers" }).click();
  await expect(page.getByText("The enablers are saved.")).toBeVisible();
}

/** Views until the page comes from the kept copy (a parallel test's write can retire it). */
async function viewKept(page: Page) {
  await expect.poll(async () => (await view(page)).kept, { intervals: [100, 250, 500, 1000] }).toBe("hit");
}

async function view(page: Page) {
  const response = (await page.goto(dashboard))!;
  expect(response.status()).toBe(200);
  return { kept: response.headers()["x-page-cache"], glance: page.getByTestId("enablers-glance").locator("li").filter({ hasText: enabler }) };
}

test("a kept dashboard is served again, and a change shows at once on the next view", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await rate(page, "Firmly in place");
  await viewKept(page);
  await expect(page.getByTestId("enablers-glance").locator("li").filter({ hasText: enabler })).toContainText("Firmly in place");
  // Scripts still run on a kept page (its nonce is the response's own): the charts load.
  const radar = page.locator('[data-chart="radar"]');
  await radar.scrollIntoViewIfNeeded();
  await expect(radar.locator("svg").first()).toBeVisible();

  await rate(page, "Partly in place");
  await expect((await view(page)).glance).toContainText("Partly in place");
});

test("one person's kept dashboard is never served to another", async ({ browser }) => {
  const focal = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await viewKept(focal);
  const secretariat = await (await browser.newContext({ storageState: storageStateOf("secretariat") })).newPage();
  await view(secretariat);
  // The secretariat's own navigation (the focal point has no administration link).
  await expect(secretariat.getByRole("banner").locator('a[href="/admin/users"]')).toBeVisible();
  await expect(focal.getByRole("banner").locator('a[href="/admin/users"]')).toHaveCount(0);
  // Signed out, the page is not served at all.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(dashboard);
  await expect(anonymous).toHaveURL(/\/sign-in/);
});

test("the router's own requests for a kept page get its component payload, never the HTML page", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("secretariat") })).newPage();
  await viewKept(page);
  // What the client router sends when it prefetches or navigates to the page.
  const res = await page.request.get(`${dashboard}?_rsc=e2e1`, { headers: { RSC: "1", Accept: "*/*" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/x-component");
  expect(res.headers()["x-page-cache"]).toBeUndefined();
  // And navigating on from a kept page works in the browser.
  await page.getByRole("banner").getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("after signing out, the old session cookie gets no kept page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "secretariat@demo.mnr.example", "demo secretariat");
  await viewKept(page);
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in|\/$/);
  // The same cookie, replayed after the session ended: the sign-in page, not the dashboard.
  const replay = await (await browser.newContext()).request.get(dashboard, { headers: { cookie: cookies, accept: "text/html" }, maxRedirects: 0 });
  expect(replay.status()).toBe(307);
  expect(replay.headers()["x-page-cache"]).toBeUndefined();
});
