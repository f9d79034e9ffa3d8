import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/roles";

// Runs after the other tests: it grants and revokes consent on Kenya's 2023 cycle, which
// other tests expect to be unshared.
test("a country that revokes sharing disappears from the named comparison at once", async ({ browser }) => {
  const focal = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  const board = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  const picker = () => board.getByRole("group", { name: /shared/ });

  await board.goto("/compare?upTo=2023");
  await expect(picker().getByLabel("Kenya")).toHaveCount(0);

  await focal.goto("/assessments/demo-ke-2023");
  await focal.getByRole("checkbox", { name: "The advisory board" }).check();
  await expect(focal.getByText(/Shared with the advisory board by/i)).toBeVisible();
  await board.goto("/compare?upTo=2023&c=KE");
  await expect(picker().getByLabel("Kenya")).toBeVisible();
  await expect(board.getByTestId("named-scores").locator("tbody tr")).toHaveCount(1);

  await focal.reload();
  await focal.getByRole("checkbox", { name: "The advisory board" }).uncheck();
  await expect(focal.getByText(/Revoked by/)).toBeVisible();
  await board.goto("/compare?upTo=2023&c=KE");
  await expect(picker().getByLabel("Kenya")).toHaveCount(0);
  await expect(board.locator("main")).not.toContainText("Kenya");
});
