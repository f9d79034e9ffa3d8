import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

test("the enablers step records how each enabler stands, and the last capability leads to it", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await page.goto("/assessments/demo-ke-2026/universal-terminology");
  await page.getByRole("button", { name: "Next capability" }).click();
  await expect(page).toHaveURL(/\/assessments\/demo-ke-2026\/enablers$/);
  await expectNoSeriousA11yViolations(page);

  const resources = page.getByRole("group", { name: /resources/i });
  await resources.getByLabel("How it stands").selectOption({ label: "Partly in place" });
  await resources.getByLabel("Notes").fill("The unit has a budget line, but helpline funding is renewed year by year.");
  await page.getByRole("button", { name: "Save the enablers" }).click();
  await expect(page.getByText("The enablers are saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("group", { name: /resources/i }).getByLabel("How it stands")).toHaveValue("partial");
  await page.goto("/assessments/demo-ke-2026");
  await expect(page.getByRole("link", { name: /Enablers \(\d of 5 rated\)/ })).toBeVisible();
});
