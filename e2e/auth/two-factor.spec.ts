import { expect, test, type Browser, type Page } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { totp } from "../support/totp";

async function enableTwoFactor(page: Page, password: string): Promise<string> {
  return (await enableTwoFactorWithBackupCodes(page, password)).secret;
}

async function enableTwoFactorWithBackupCodes(page: Page, password: string): Promise<{ secret: string; backupCodes: string[] }> {
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByLabel("Current password").fill(password);
  await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  // Read while still folded away (a closed <details> keeps them out of the accessibility tree).
  const backupCodes = (await page.getByTestId("backup-codes").locator("li").allTextContents()).map((c) => c.trim());
  await section.getByLabel("Code from your app").fill("000000" === totp(secret) ? "111111" : "000000");
  await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("This code is not valid or has expired.")).toBeVisible();
  await section.getByLabel("Code from your app").fill(totp(secret));
  await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(section.getByText("Two-factor authentication is on.")).toBeVisible();
  return { secret, backupCodes };
}

/** A new account with two-factor authentication on, signed out again. */
async function twoFactorAccount(page: Page, browser: Browser, label: string) {
  const email = freshEmail(label);
  const password = "two factors are better than one";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Advisory board member"), "Two Factor", password);
  await signInWithPassword(page, email, password);
  await expect(page).toHaveURL(/\/workspace$/);
  const { secret, backupCodes } = await enableTwoFactorWithBackupCodes(page, password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  return { email, password, secret, backupCodes };
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("with two-factor authentication on, signing in needs the current code", async ({ page, browser }) => {
  const email = freshEmail("tfa");
  const password = "two factors are better than one";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Advisory board member"), "Two Factor", password);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);

  const secret = await enableTwoFactor(page, password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  // Without the code there is no session yet.
  const early = await page.context().newPage();
  await early.goto("/workspace");
  await expect(early).toHaveURL(/\/sign-in/);
  await early.close();

  await page.getByLabel("Authentication code").fill(totp(secret, Date.now() - 5 * 60_000));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("That code is not valid");
  await page.getByLabel("Authentication code").fill(totp(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
});

test("wrong codes count against the account across sign-ins, and lock it like wrong passwords", async ({ page, browser }) => {
  const a = await twoFactorAccount(page, browser, "tfa-lock");
  const stale = (minutes: number) => totp(a.secret, Date.now() - minutes * 60_000);
  // Five wrong codes spread over three sign-ins, each started again with the right password.
  for (const wrong of [[10, 11], [12, 13], [14]]) {
    await signInWithPassword(page, a.email, a.password);
    await expect(page.getByLabel("Authentication code")).toBeVisible();
    for (const m of wrong) {
      await enterCode(page, stale(m));
      await expect(page.locator("main [role=alert]")).toContainText("That code is not valid");
    }
  }
  // Now even the right code is refused, and so is the right password.
  await enterCode(page, totp(a.secret));
  await expect(page.locator("main [role=alert]")).toContainText("Too many attempts");
  await signInWithPassword(page, a.email, a.password);
  await expect(page.locator("main [role=alert]")).toContainText("Too many attempts");
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a backup code shown at set-up signs in once, and only once", async ({ page, browser }) => {
  const a = await twoFactorAccount(page, browser, "tfa-backup");
  expect(a.backupCodes.length).toBeGreaterThan(1);
  const [first, second] = a.backupCodes as [string, string];

  await signInWithPassword(page, a.email, a.password);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(first);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await signInWithPassword(page, a.email, a.password);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(first);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("main [role=alert]")).toContainText("That backup code is not valid");
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in/);

  await signInWithPassword(page, a.email, a.password);
  await page.getByRole("button", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(second);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
});
