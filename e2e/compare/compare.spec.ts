import { expect, test } from "@playwright/test";
import { levelsKe2024 } from "@/db/seed/demo-assessments";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

// In the demo data Colombia, Chile and Kenya share with the advisory board; Uganda, Rwanda and Peru share nothing.
test("the advisory board compares only countries that shared, by name, never ranked", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await page.goto("/compare");
  const picker = page.getByRole("group", { name: /countries have shared/ });
  await expect(picker.getByLabel("Colombia")).toBeVisible();
  await expect(picker.getByLabel("Kenya")).toBeVisible();
  for (const hidden of ["Uganda", "Rwanda", "Peru"]) await expect(picker.getByLabel(hidden)).toHaveCount(0);

  // Asking for a country that did not share by crafting the URL shows nothing about it, not even a row.
  await page.goto("/compare?c=CO&c=CL&c=UG&sort=name");
  const rows = page.getByTestId("named-scores").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-country", "CL");
  await expect(rows.nth(1)).toHaveAttribute("data-country", "CO");
  await expect(page.locator("main")).not.toContainText("Uganda");
  await expect(page.getByTestId("heatmap").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByRole("columnheader", { name: /rank/i })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const csv = await page.request.get("/api/compare?view=named&c=CO&c=CL&c=UG");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Colombia");
  expect(text).not.toContain("Uganda");
});

test("anonymous figures show groups that are large enough and say why the others are hidden", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await page.goto("/compare/aggregates?by=region");
  const hidden = page.getByTestId("hidden-groups");
  await expect(hidden).toContainText("Oceania (1 country): hidden, too few countries");
  for (const name of ["Uganda", "Rwanda", "Peru", "Fiji"]) await expect(page.locator("main")).not.toContainText(name);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/compare/aggregates");
  await expect(page.getByTestId("aggregate-medians")).toContainText("All countries");
  expect((await page.request.get("/api/compare?view=aggregate&by=region")).status()).toBe(200);
});

// In the demo data Rwanda marked image databases not applicable in 2021 and 2022: Africa's 2022
// figure for it counts five of the region's six countries, a few away from other figures shown.
test("a capability figure that could be subtracted down to a few countries' levels is hidden, and says why", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await page.goto("/compare/aggregates?by=region&upTo=2022");
  const table = page.getByTestId("aggregate-medians");
  const imageDatabases = table.getByRole("row", { name: /7\. Access to Image Databases/ });
  await expect(imageDatabases.locator('[data-group="region:Africa"]')).toHaveText("hidden: could be subtracted from other figures");
  // Capabilities every African country answered are still shown for the region.
  await expect(table.getByRole("row", { name: /3\. Legislation/ }).locator('[data-group="region:Africa"]')).toContainText("median");
  await expect(page.locator("main")).toContainText("Each capability counts only the countries that gave it a level");
  const csv = await (await page.request.get("/api/compare?view=aggregate&by=region&upTo=2022")).text();
  const row = csv.split("\n").find((line) => line.includes("region:Africa") && line.includes("image-databases"));
  expect(row).toContain("complementary");
});

test("NGO analysts and country users cannot open the named comparison", async ({ browser }) => {
  for (const actor of ["ngo", "contributor"] as const) {
    const page = await (await browser.newContext({ storageState: storageStateOf(actor) })).newPage();
    expect((await page.goto("/compare"))?.status(), actor).toBe(403);
    expect((await page.request.get("/api/compare?view=named&c=CO")).status(), actor).toBe(403);
  }
});

test("a country user sees their country against its region and income group, with no other country named", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await page.goto("/peers");
  await expect(page.getByRole("heading", { level: 1, name: "Countries like mine" })).toBeVisible();
  await expect(page.getByTestId("peer-groups")).toContainText("Africa");
  const legislation = page.getByTestId("peers-table").getByRole("row", { name: /3\. Legislation/ });
  await expect(legislation.locator('[data-cell="mine"]')).toHaveText(String(levelsKe2024[2]));
  for (const name of ["Uganda", "Morocco", "Senegal", "Colombia"]) await expect(page.locator("main")).not.toContainText(name);
  await expectNoSeriousA11yViolations(page);
});
