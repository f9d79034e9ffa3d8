import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";

test.describe("home page", () => {
  test("says what the tool is for and leads to the framework @smoke", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("national response");
    await expect(page.getByText("21 capabilities", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Explore the framework" }).click();
    await expect(page).toHaveURL(/\/framework$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Framework" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);
  });

  test("the skip link is the first stop for the keyboard and moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("sends the security headers and no X-Powered-By", async ({ request }) => {
    const res = await request.get("/");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers()["x-powered-by"]).toBeUndefined();
  });
});
