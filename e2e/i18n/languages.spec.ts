import { expect, test, type Page } from "@playwright/test";
import ar from "@/lib/i18n/messages/ar.json";
import fr from "@/lib/i18n/messages/fr.json";
import arContent from "@/lib/framework/translations/mnr-2022.1/ar.json";
import frContent from "@/lib/framework/translations/mnr-2022.1/fr.json";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

async function choose(page: Page, current: string, language: string) {
  await page.getByLabel(current, { exact: true }).selectOption({ label: language });
  await page.getByRole("button", { name: /Change language|Changer de langue|Cambiar de idioma|تغيير اللغة/ }).click();
}

test("a visitor picks Arabic: the page turns right to left, translated, and the choice is remembered", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await choose(page, "Language", "العربية");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar.methodology.title);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await choose(page, ar.layout.language, "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the browser's language is the default until the user chooses", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await page.goto("/methodology");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.methodology.title);
});

test("the dashboard in Arabic: mirrored layout and translated chart titles", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("focal_point"), locale: "ar" });
  const page = await context.newPage();
  await page.goto("/assessments/demo-ke-2024/dashboard");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: ar.dashboard.radarTitle })).toBeVisible();
  const radar = page.locator('[data-chart="radar"]');
  await radar.scrollIntoViewIfNeeded();
  await expect(radar.locator(`svg[aria-label="${ar.dashboard.radarTitle}"]`)).toBeVisible();
  // Mirrored: the main heading starts at the right edge of the content.
  const box = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  const main = (await page.locator("main").boundingBox())!;
  expect(main.x + main.width - (box.x + box.width)).toBeLessThan(40);
  await expectNoSeriousA11yViolations(page);
});

test("the framework's own texts follow the language: names and level descriptors in French and Arabic", async ({ browser }) => {
  const fr = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await fr.goto("/framework/legislation");
  await expect(fr.getByRole("heading", { level: 1 })).toContainText(frContent.capabilities.legislation!.name);
  await expect(fr.locator("main")).toContainText(frContent.capabilities.legislation!.descriptors["2"]!);
  const ar = await (await browser.newContext({ locale: "ar", storageState: storageStateOf("focal_point") })).newPage();
  await ar.goto("/assessments/demo-ke-2026/legislation");
  await expect(ar.getByRole("heading", { level: 1 })).toContainText(arContent.capabilities.legislation!.name);
  await expect(ar.getByRole("radio", { name: new RegExp(arContent.capabilities.legislation!.descriptors["3"]!.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
});
