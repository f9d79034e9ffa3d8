import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { signIn } from "../support/sign-in";

test("an invitation is a one-time link with password rules that say what is wrong", async ({ page, browser }) => {
  const email = freshEmail("invitee");
  const link = await inviteThroughUi(browser, email, "Country contributor", "Kenya");
  await page.goto(link);
  await expect(page.getByText(`invited as Country contributor with the address ${email}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Your name").fill("New Contributor");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Use at least 12 characters.", { exact: false })).toBeVisible();

  // Passes the length rule in the browser; the server refuses it as a common password.
  await page.getByLabel("New password", { exact: true }).fill("123456789012");
  await page.getByLabel("Repeat the new password").fill("123456789012");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("This password is on a list of commonly used passwords.")).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill("kenyan tea grows on high hills");
  await page.getByLabel("Repeat the new password").fill("kenyan tea grows on high hills");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?invited=1$/);

  await page.goto(link);
  await expect(page.locator("main [role=alert]")).toContainText("cannot be used");

  await signIn(page, email, "kenyan tea grows on high hills");
  await expect(page.getByText("Signed in as New Contributor, Country contributor.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Your country" })).toContainText("Kenya");
});

test("a role change and a deactivation apply on the user's very next request", async ({ page, browser }) => {
  const email = freshEmail("mover");
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Country focal point", "Kenya"), "Moving User", "a long and boring password");
  await signIn(page, email, "a long and boring password");
  await expect(page.getByText("Country focal point")).toBeVisible();

  const admin = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const row = adminPage.getByTestId(`user-${email}`);
  await row.getByLabel("Role", { exact: true }).selectOption({ label: "Secretariat" });
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row).toContainText("Secretariat ·");

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users and invitations");

  await adminPage.reload();
  await adminPage.getByTestId(`user-${email}`).getByRole("button", { name: `Deactivate ${email}` }).click();
  await expect(adminPage.getByTestId(`user-${email}`)).toContainText("deactivated");
  await admin.close();

  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkspace$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long and boring password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("The email address or password is not correct.");
});

test("changing the password needs the current one and ends other sessions", async ({ page, browser }) => {
  const email = freshEmail("pw");
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "NGO analyst"), "Password Changer", "first long password here");
  await signIn(page, email, "first long password here");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "first long password here");

  await page.goto("/account");
  const form = page.getByRole("region", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill("second long password here");
  await form.getByLabel("Repeat the new password").fill("second long password here");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This is not your current password.")).toBeVisible();

  await form.getByLabel("Current password").fill("first long password here");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Your password has been changed");
  await expectNoSeriousA11yViolations(page);

  await otherPage.goto("/workspace");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("the audit log records sign-ins, invitations and role changes, and can be filtered", async ({ browser }) => {
  // Its own invitation, so the test does not depend on others having run first.
  await inviteThroughUi(browser, freshEmail("audited"), "NGO analyst");
  const context = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const page = await context.newPage();
  await page.goto("/admin/audit?action=auth.signIn&outcome=success");
  await expect(page.getByRole("cell", { name: "auth.signIn" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "user.invite" })).toHaveCount(0);
  await page.goto("/admin/audit?action=user.invite");
  await expect(page.getByRole("cell", { name: "user.invite" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Passwords never reach the log.
  const body = await page.content();
  expect(body).not.toContain("a perfectly fine password");
  await context.close();
});

test("an invitation email goes out in the language chosen for the invitee, not the inviter's", async ({ browser }) => {
  const email = freshEmail("francophone");
  await inviteThroughUi(browser, email, "NGO analyst", undefined, "Français");
  const context = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const page = await context.newPage();
  await page.goto("/admin/audit?action=user.invite");
  // The secretariat works in English; the mail was written in French.
  await expect(page.getByRole("cell", { name: /"language":"fr"/ }).first()).toBeVisible();
  await context.close();
});
