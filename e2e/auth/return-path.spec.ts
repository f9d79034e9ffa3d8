import { expect, test, type Page } from "@playwright/test";
import { accountOf } from "../support/roles";

// `next` is the page to return to after signing in. Written as they appear in the address bar:
// each would, taken as it is, send the browser to evil.example or break the response.
const hostile = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "https://evil.example/",
  "/%E2%80%AE/evil.example",
];

async function signInFrom(page: Page, next: string) {
  const a = accountOf("advisory");
  const response = await page.goto(`/sign-in?next=${next}`);
  expect(response?.status(), next).toBeLessThan(500);
  await page.getByLabel("Email address").fill(a.email);
  await page.getByLabel("Password", { exact: true }).fill(a.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("whatever `next` says, signing in ends on this site's workspace", async ({ page, baseURL }) => {
  for (const next of hostile) {
    await page.context().clearCookies();
    await signInFrom(page, next);
    // The full address: same scheme, host and port as the site, and the workspace.
    await expect(page, next).toHaveURL(`${baseURL}/workspace`);
  }
});

test("a signed-in visit to the sign-in page with a hostile `next` stays on this site", async ({ page, baseURL }) => {
  await signInFrom(page, "/workspace");
  await expect(page).toHaveURL(`${baseURL}/workspace`);
  for (const next of hostile) {
    await page.goto(`/sign-in?next=${next}`);
    await expect(page, next).toHaveURL(`${baseURL}/workspace`);
  }
  // A path on this site is still honoured.
  await page.goto(`/sign-in?next=${encodeURIComponent("/framework")}`);
  await expect(page).toHaveURL(`${baseURL}/framework`);
});

test("signed in, a newline or carriage return in `next` gives no server error", async ({ page, baseURL }) => {
  await signInFrom(page, "/workspace");
  await expect(page).toHaveURL(`${baseURL}/workspace`);
  for (const next of ["/%0A", "/%0D", "%0D%0ASet-Cookie:%20x=1", "/%00"]) {
    const response = await page.goto(`/sign-in?next=${next}`);
    expect(response?.status(), next).toBeLessThan(500);
    await expect(page, next).toHaveURL(`${baseURL}/workspace`);
  }
});

test("signed out, the sign-in page with a newline in `next` answers normally", async ({ page }) => {
  for (const next of ["/%0A", "/%0D", "%0D%0A", "/%0A/evil.example"]) {
    const response = await page.goto(`/sign-in?next=${next}`);
    expect(response?.status(), next).toBe(200);
  }
});
