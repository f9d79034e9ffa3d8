import { expect, test } from "@playwright/test";
import { freshEmail } from "../support/invite";
import { storageStateOf } from "../support/roles";

// The e2e server runs with no trusted proxy (TRUSTED_PROXY_HOPS=0): whatever X-Forwarded-For a
// client sends is its own claim, so neither the throttle nor the audit log may take it.
test("a client's own X-Forwarded-For is not taken as its address", async ({ browser }) => {
  const forged = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  const email = freshEmail("forged-address");
  const client = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": forged } });
  const page = await client.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not anybody's password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("The email address or password is not correct.");
  await client.close();

  const admin = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const audit = await admin.newPage();
  await audit.goto("/admin/audit?action=auth.signIn&outcome=failure");
  const row = audit.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(forged);
  // The address the server saw on its own socket (the test browser is on this machine).
  await expect(row.getByRole("cell").nth(5)).toHaveText(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  await admin.close();
});
