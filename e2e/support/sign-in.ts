import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, password: string, expectPath: RegExp = /\/workspace$/) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(expectPath);
}
