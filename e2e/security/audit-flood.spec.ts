import { expect, test, type Page } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";
import { signIn } from "../support/sign-in";

// The audit log is append-only, so whatever writes to it without signing in could fill it.
// Refusals of anonymous requests are counted per address, action and window instead.
// The address comes from X-Forwarded-For (no proxy in front of the test server), so this test
// owns its own address and reads only what that address left.

async function entriesShown(page: Page, query: string): Promise<number> {
  await page.goto(`/admin/audit?${query}`);
  const text = (await page.getByRole("status").filter({ hasText: /entr/ }).textContent()) ?? "";
  return Number(/([\d,]+)/.exec(text)![1]!.replace(/,/g, ""));
}

test("300 refused anonymous requests leave a bounded number of audit entries, and are counted", async ({ playwright, baseURL, browser }) => {
  const address = "198.51.100.77";
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
  const invite = listServerActions().find((a) => a.name === "inviteUser")!;
  for (let i = 0; i < 100; i++) {
    const action = await callServerAction(anonymous, baseURL!, invite, { email: "flood@example.org", role: "secretariat" });
    expect(action.code).toBe("unauthenticated");
    const view = await anonymous.get("/workspace", { maxRedirects: 0 });
    expect(view.status()).toBe(307);
    const route = await anonymous.get("/api/files/no-such-file");
    expect(route.status()).toBe(401);
  }
  await anonymous.dispose();

  const context = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const page = await context.newPage();
  // The first few in full, not 300 rows.
  expect(await entriesShown(page, `address=${address}`)).toBeLessThanOrEqual(20); // at most two windows: 10 each
  // Every refusal is counted: per action, summed over however many windows the run took.
  const counted = page.getByRole("table", { name: /Refused requests without a session/ });
  for (const action of ["user.invite", "page.view", "assessment.downloadEvidence"]) {
    const rows = counted.getByRole("row").filter({ hasText: address }).filter({ hasText: action });
    const counts = await rows.getByTestId("denial-count").allTextContents();
    expect(counts.reduce((sum, c) => sum + Number(c.replace(/\D/g, "")), 0), action).toBe(100);
  }
  await context.close();
});

test("a refused page view is recorded once", async ({ browser }) => {
  const email = freshEmail("refused-view");
  const password = "a perfectly fine password for refusals";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "NGO analyst"), "Refused Viewer", password);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  // One page the instance may keep (rendered through the page keeper) and one it never keeps.
  expect((await page.goto("/compare"))!.status()).toBe(403);
  expect((await page.goto("/admin/audit"))!.status()).toBe(403);
  await context.close();

  const admin = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const adminPage = await admin.newPage();
  expect(await entriesShown(adminPage, `action=page.view&actor=${encodeURIComponent(email)}`)).toBe(2);
  await admin.close();
});
