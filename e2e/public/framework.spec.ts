import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";

test.describe("framework browser", () => {
  test("shows the 6 domains and 21 capabilities in official order @smoke", async ({ page }) => {
    await page.goto("/framework");
    await expect(page.getByRole("heading", { level: 1, name: "The Model National Response" })).toBeVisible();
    const domains = page.getByRole("heading", { level: 3, name: /^Domain \d: / });
    await expect(domains).toHaveText([
      "Domain 1: Policy and Governance",
      "Domain 2: Criminal Justice",
      "Domain 3: Victim",
      "Domain 4: Societal",
      "Domain 5: Industry",
      "Domain 6: Media and Communications",
    ]);
    const capabilityLinks = page.locator('a[href^="/framework/"]').filter({ hasText: /^\d+\. / });
    const names = await page.locator('section[aria-labelledby^="domain-"] a[href^="/framework/"] span:first-child').allTextContents();
    expect(names).toHaveLength(21);
    expect(names[0]).toBe("1. Leadership");
    expect(names[20]).toBe("21. Universal Terminology");
    await expect(capabilityLinks.first()).toBeVisible();
  });

  test("shows the maturity scale, marking our own labels", async ({ page }) => {
    await page.goto("/framework");
    const scale = page.getByRole("table");
    await expect(scale.getByRole("rowheader")).toHaveText([
      "Not in place(our label)",
      "Building",
      "Developing(our label)",
      "Embedding(our label)",
      "Maturity",
    ]);
    await expect(page.getByRole("heading", { name: "Enablers" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Dependencies between capabilities" })).toBeVisible();
  });

  test("opens a capability with its five level descriptors and its dependencies", async ({ page }) => {
    await page.goto("/framework");
    const criminalJustice = page.getByRole("region", { name: "Domain 2: Criminal Justice" });
    await criminalJustice.getByRole("link", { name: /^7\. Access to Image Databases/ }).click();
    await expect(page).toHaveURL(/\/framework\/image-databases$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. Access to Image Databases");
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(5);
    await expect(page.getByRole("heading", { level: 3, name: "Level 4: Maturity" })).toBeVisible();
    await page.getByRole("region", { name: "Builds on" }).getByRole("link", { name: "3. Legislation" }).click();
    await expect(page).toHaveURL(/\/framework\/legislation$/);
    await expect(page.getByRole("link", { name: "7. Access to Image Databases" })).toBeVisible();
    await page.getByRole("link", { name: "Next: 4. Dedicated Law Enforcement" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("4. Dedicated Law Enforcement");
  });

  test("answers an unknown capability with a 404 page @smoke", async ({ page }) => {
    const res = await page.goto("/framework/not-a-capability");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/framework", "/framework/legislation"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("has no serious accessibility violations on the framework and every capability page", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/framework");
    await expectNoSeriousA11yViolations(page);
    const hrefs = await page.locator('section[aria-labelledby^="domain-"] a[href^="/framework/"]').evaluateAll((as) =>
      as.map((a) => a.getAttribute("href")!),
    );
    expect(hrefs).toHaveLength(21);
    for (const href of hrefs) {
      await page.goto(href);
      await expectNoSeriousA11yViolations(page);
    }
  });
});
