import { expect, test } from "@playwright/test";
import { callServerAction, listServerActions } from "../support/server-actions";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { signIn } from "../support/sign-in";
import { totp } from "../support/totp";

// Runs after every other test: it changes a platform-wide rule for a whole role.
test("when the secretariat requires 2FA for a role, its members must set it up before anything else", async ({ page, browser, baseURL }) => {
  const email = freshEmail("policy");
  const password = "policies apply to everyone";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "NGO analyst"), "Policy Person", password);

  const admin = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/security");
  await adminPage.getByRole("checkbox", { name: "NGO analyst" }).check();
  await adminPage.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Saved");

  try {
    await signIn(page, email, password, /\/account#two-factor$/);
    await expect(page.locator("main [role=alert]").first()).toContainText("requires two-factor authentication");
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/account#two-factor$/);
    // Own-account actions stay open; every other action is refused until 2FA is on.
    const actions = listServerActions();
    const own = await callServerAction(page.request, baseURL!, actions.find((a) => a.name === "changePassword")!, { matrixProbe: true });
    expect(own.code).toBe("invalid");
    const other = await callServerAction(page.request, baseURL!, actions.find((a) => a.name === "inviteUser")!, { email: "x@example.org", role: "ngo" });
    expect(other.code).toBe("twoFactorSetupRequired");

    const section = page.getByRole("region", { name: "Two-factor authentication" });
    await section.getByLabel("Current password").fill(password);
    await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await section.getByLabel("Code from your app").fill(totp(secret));
    await section.getByRole("button", { name: "Turn on two-factor authentication" }).click();
    await expect(section.getByText("as your role requires")).toBeVisible();
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/workspace$/);
  } finally {
    await adminPage.goto("/admin/security");
    await adminPage.getByRole("checkbox", { name: "NGO analyst" }).uncheck();
    await adminPage.getByRole("button", { name: "Save" }).click();
    await expect(adminPage.getByRole("status")).toContainText("Saved");
    await admin.close();
  }
});
