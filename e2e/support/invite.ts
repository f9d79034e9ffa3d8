import { expect, type Browser } from "@playwright/test";
import { storageStateOf } from "./roles";

let counter = 0;

/** A fresh address per call, so tests that change or lock accounts never share one. */
export function freshEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}${counter}.${Math.random().toString(36).slice(2, 6)}@test.mnr.example`;
}

/** The secretariat invites someone through the admin page; returns the one-time link. */
export async function inviteThroughUi(browser: Browser, email: string, roleLabel: string, countryName?: string, languageName?: string): Promise<string> {
  const context = await browser.newContext({ storageState: storageStateOf("secretariat") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Role").selectOption({ label: roleLabel });
  if (countryName) await form.getByLabel("Country").selectOption({ label: countryName });
  if (languageName) await form.getByLabel("Language of the invitation email").selectOption({ label: languageName });
  await form.getByRole("button", { name: "Create invitation" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await context.close();
  return new URL(link).pathname;
}

/** Accepts an invitation in a new browser context, with the given name and password. */
export async function acceptThroughUi(browser: Browser, invitePath: string, name: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invitePath);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?invited=1$/);
  await context.close();
}
