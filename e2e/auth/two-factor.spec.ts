import { expect, test, type Page } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { totp } from "../support/totp";

async function enableTwoFactor(page: Page, password: string): Promise<string> {
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByLabel("Current password").fill(password);
  await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await section.getByLabel("Code from your app").fill("000000" === totp(secret) ? "111111" : "000000");
  await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("This code is not valid or has expired.")).toBeVisible();
  await section.getByLabel("Code from your app").fill(totp(secret));
  await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(section.getByText("Two-factor authentication is on.")).toBeVisible();
  return secret;
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
