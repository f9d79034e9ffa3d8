import { expect, test } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { accountOf } from "../support/roles";
import { signIn } from "../support/sign-in";
import { expectNoSeriousA11yViolations } from "../support/a11y";

async function attempt(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an unknown email and a wrong password get the same message @smoke", async ({ page }) => {
  await attempt(page, "nobody-here@test.mnr.example", "some long password");
  const unknown = await page.locator("main [role=alert]").textContent();
  await attempt(page, accountOf("ngo").email, "not the right password");
  const wrong = await page.locator("main [role=alert]").textContent();
  expect(unknown).toBe("The email address or password is not correct.");
  expect(wrong).toBe(unknown);
});

test("the sign-in page passes axe and says what is wrong with empty fields", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("repeated failed sign-ins lock the account, even against the right password", async ({ page, browser }) => {
  const email = freshEmail("throttle");
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "NGO analyst"), "Throttle Test", "a perfectly fine password");
  for (let i = 0; i < 5; i += 1) {
    await attempt(page, email, `wrong password number ${i}`);
    await expect(page.locator("main [role=alert]")).toHaveText("The email address or password is not correct.");
  }
  await attempt(page, email, "a perfectly fine password");
  await expect(page.locator("main [role=alert]")).toContainText("Too many attempts");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the session cookie is HttpOnly, SameSite=Lax, Secure and __Host- prefixed", async ({ page }) => {
  const a = accountOf("advisory");
  await signIn(page, a.email, a.password);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes("mnr_session"));
  expect(session?.name).toBe("__Host-mnr_session");
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
});

test("a session cookie replayed after sign-out is refused", async ({ page, browser }) => {
  const a = accountOf("advisory");
  await signIn(page, a.email, a.password);
  const stolen = await page.context().storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext({ storageState: stolen });
  const replayPage = await replay.newPage();
  await replayPage.goto("/workspace");
  await expect(replayPage).toHaveURL(/\/sign-in\?next=%2Fworkspace$/);
  await replay.close();
});

test("after sign-in the user returns to the page they asked for, never to another site", async ({ page }) => {
  const a = accountOf("secretariat");
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit$/);
  await page.getByLabel("Email address").fill(a.email);
  await page.getByLabel("Password", { exact: true }).fill(a.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);

  await page.context().clearCookies();
  await page.goto("/sign-in?next=//evil.example/");
  await page.getByLabel("Email address").fill(a.email);
  await page.getByLabel("Password", { exact: true }).fill(a.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/workspace$/);
});
