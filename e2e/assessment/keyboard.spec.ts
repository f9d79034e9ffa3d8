import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateOf } from "../support/roles";

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

test("the assessment flow works with the keyboard alone: level picker, typing, saving, next step, chart tables", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  await page.goto("/assessments/demo-ke-2026/csea-reporting");
  await page.locator("body").focus();

  // The level picker is a radio group: Tab into it, arrows move between the descriptors.
  const notAssessed = page.getByRole("radio").first();
  await tabTo(page, notAssessed);
  // Not assessed → 0 → 1 → 2.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^2\. / })).toBeChecked();
  await expect(page.getByRole("radio", { name: /^2\. / })).toBeFocused();

  await tabTo(page, page.getByLabel("Reasoning"));
  await page.keyboard.type("Typed without a mouse: reports reach the police through one national portal.");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });

  // A visible focus indicator on the control that has focus.
  const outline = await page.getByLabel("Reasoning").evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow);
  expect(outline).not.toBe("nonenone");

  await tabTo(page, page.getByRole("button", { name: "Next capability" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assessments\/demo-ke-2026\/innovative-solutions$/);

  await page.goto("/assessments/demo-ke-2024/dashboard");
  const summary = page.getByText("Show as table").first();
  await tabTo(page, summary);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("domain-table")).toBeVisible();
});
