import { expect, test } from "@playwright/test";
import ar from "@/lib/i18n/messages/ar.json";
import fr from "@/lib/i18n/messages/fr.json";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

// The assessment step in each language: choose a level, write, autosave, move on; Arabic mirrored.
const cases = [
  { locale: "ar", messages: ar, capability: "corporate-social-responsibility", next: "ethical-media-reporting", text: "تتعاون شركات الاتصالات مع وحدة الشرطة منذ عام 2024." },
  { locale: "fr", messages: fr, capability: "ethical-media-reporting", next: "universal-terminology", text: "Une charte signée avec les médias en 2025, accentuée « é à ç »." },
] as const;

for (const c of cases) {
  test(`an assessment step works in ${c.locale}: level, reasoning, autosave, next step`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: storageStateOf("contributor") });
    await context.addCookies([{ name: "mnr_locale", value: c.locale, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/assessments/demo-ke-2026/${c.capability}`);
    await expect(page.locator("html")).toHaveAttribute("dir", c.locale === "ar" ? "rtl" : "ltr");
    const radios = page.getByRole("radio");
    // Level 0 and level 1 share a row: in Arabic the first sits on the right.
    const [zero, one] = [(await radios.nth(1).boundingBox())!, (await radios.nth(2).boundingBox())!];
    if (c.locale === "ar") expect(zero.x).toBeGreaterThan(one.x);
    else expect(zero.x).toBeLessThan(one.x);
    await radios.nth(3).check();
    await page.getByLabel(c.messages.answer.reasoning, { exact: true }).fill(c.text);
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
    await expect(page.getByTestId("save-status")).toContainText(c.messages.answer.save.saved);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: c.messages.answer.next }).click();
    await expect(page).toHaveURL(new RegExp(`/assessments/demo-ke-2026/${c.next}$`));
    await page.goBack();
    await expect(page.getByLabel(c.messages.answer.reasoning, { exact: true })).toHaveValue(c.text);
  });
}
