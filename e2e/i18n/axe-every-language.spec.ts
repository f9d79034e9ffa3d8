import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf, type Actor } from "../support/roles";

// Every page, as the role that can see it, in every interface language.
const pages: [Actor, string][] = [
  ["anonymous", "/"],
  ["anonymous", "/framework"],
  ["anonymous", "/framework/legislation"],
  ["anonymous", "/methodology"],
  ["anonymous", "/accessibility"],
  ["anonymous", "/sign-in"],
  ["focal_point", "/workspace"],
  ["focal_point", "/account"],
  ["focal_point", "/assessments"],
  ["focal_point", "/assessments/demo-ke-2026"],
  ["focal_point", "/assessments/demo-ke-2026/legislation"],
  ["focal_point", "/assessments/demo-ke-2026/enablers"],
  ["focal_point", "/assessments/demo-ke-2024/dashboard"],
  ["focal_point", "/assessments/demo-ke-2024/report"],
  ["focal_point", "/peers"],
  ["advisory", "/compare?c=CO&c=CL&c=KE"],
  ["advisory", "/compare/aggregates?by=region"],
  ["secretariat", "/admin/users"],
  ["secretariat", "/admin/audit"],
  ["secretariat", "/admin/security"],
];

async function contextFor(browser: Browser, actor: Actor, locale: string, baseURL: string) {
  const context = await browser.newContext({ storageState: storageStateOf(actor) });
  await context.addCookies([{ name: "mnr_locale", value: locale, url: baseURL }]);
  return context;
}

for (const locale of ["en", "fr", "es", "ar"]) {
  test(`every page passes axe in ${locale}`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const contexts = new Map<Actor, Awaited<ReturnType<typeof contextFor>>>();
    for (const [actor, path] of pages) {
      if (!contexts.has(actor)) contexts.set(actor, await contextFor(browser, actor, locale, baseURL!));
      const page = await contexts.get(actor)!.newPage();
      const res = await page.goto(path);
      expect(res?.status(), `${locale} ${path}`).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expectNoSeriousA11yViolations(page);
      await page.close();
    }
  });
}
