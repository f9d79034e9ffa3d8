import { expect, test, type Page } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";
import { signIn } from "../support/sign-in";

// The audit log is append-only, so whatever writes to it without signing in could fill it.
// Refusals of anonymous requests are counted per address, action and window instead. No proxy
// is trusted in e2e, so every request comes from this machine's own address, which the other
// tests share: this test compares counts before and after, and the bound on entries written in
// full holds for an address and window whoever sent the requests.
const address = "127.0.0.1";

async function entriesShown(page: Page, query: string): Promise<number> {
  await page.goto(`/admin/audit?${query}`);
  const text = (await page.getByRole("status").filter({ hasText: /entr/ }).textContent()) ?? "";
  return Number(/([\d,]+)/.exec(text)![1]!.replace(/,/g, ""));
}

async function counted(page: Page, action: string): Promise<number> {
  await page.goto(`/admin/audit?address=${address}&action=${action}`);
  const rows = page.getByRole("table", { name: /Refused requests without a session/ }).getByRole("row").filter({ hasText: address }).filter({ hasText: action });
  const counts = await rows.getByTestId("denial-count").allTextContents();
  return counts.reduce((sum, c) => sum + Number(c.replace(/\D/g, "")), 0);
}

test("300 refused anonymous requests leave a bounded number of audit entries, and are counted", async ({ playwright, baseURL, browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const page = await context.newPage();
  const actions = ["user.invite", "page.view", "assessment.downloadEvidence"];
  const before = new Map<string, number>();
  for (const a of actions) before.set(a, await counted(page, a));
  const fullBefore = await entriesShown(page, `address=${address}&action=assessment.downloadEvidence&outcome=denied`);

  const anonymous = await playwright.request.newContext({ baseURL });
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

  // The first few in full, not 100 rows: at most 10 per window, and the run spans two at most.
  expect(await entriesShown(page, `address=${address}&action=assessment.downloadEvidence&outcome=denied`) - fullBefore).toBeLessThanOrEqual(20);
  // Every refusal is counted, per action, summed over however many windows the run took.
  for (const a of actions) expect((await counted(page, a)) - before.get(a)!, a).toBeGreaterThanOrEqual(100);
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
