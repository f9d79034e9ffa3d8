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

  test("sends the security headers, a fresh script nonce each time, and no X-Powered-By", async ({ request }) => {
    const first = await request.get("/");
    const h = first.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(h["x-powered-by"]).toBeUndefined();
    const csp = h["content-security-policy"]!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // Next.js's own inline scripts carry the nonce; none runs without it.
    const html = await first.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);
    const second = await request.get("/");
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
  });

  test("runs its scripts under the policy: no CSP violation while using a page", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/framework");
    await page.getByRole("link", { name: /^1\. Leadership/ }).first().click();
    await expect(page).toHaveURL(/\/framework\/leadership$/);
    expect(violations).toEqual([]);
  });
});
