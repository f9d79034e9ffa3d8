import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

// Two ministries see a capability differently: both propose, the focal point settles it.
test("contributors propose levels, the focal point sees them side by side and records the agreed level", async ({ browser }) => {
  const url = "/assessments/demo-ke-2026/image-databases";
  const contributor = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  await contributor.goto(url);
  await expect(contributor.getByText("No one has proposed a level for this capability yet.")).toBeVisible();
  const own = contributor.getByRole("form", { name: "Propose a level" });
  await own.getByLabel("Level you propose").selectOption({ label: "1. Building" });
  await own.getByRole("button", { name: "Propose this level" }).click();
  await expect(own.getByText("Say why you propose this level")).toBeVisible();
  await own.getByLabel("Why this level").fill("Interior: the police hold a local image store, not yet linked to the international database.");
  await own.getByRole("button", { name: "Propose this level" }).click();
  const table = contributor.getByRole("table", { name: /Proposed levels side by side/ });
  await expect(table.getByRole("row", { name: /Peter Kamau/ })).toContainText("1. Building");

  const focal = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await focal.goto(url);
  const mine = focal.getByRole("form", { name: "Propose a level" });
  await mine.getByLabel("Level you propose").selectOption({ label: "3. Embedding" });
  await mine.getByLabel("Why this level").fill("Justice: the store is used in every prosecution since 2025.");
  await mine.getByRole("button", { name: "Propose this level" }).click();
  await expect(focal.getByTestId("proposal-summary")).toHaveText("2 proposals disagree: levels 1, 3 were proposed (2 levels apart).");
  const rows = focal.getByRole("table", { name: /Proposed levels side by side/ }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expectNoSeriousA11yViolations(focal);

  const agree = focal.getByRole("form", { name: "Record the agreed level" });
  await agree.getByLabel("Agreed level", { exact: true }).selectOption({ label: "2. Developing" });
  await agree.getByLabel("Reason for the agreed level").fill("The store exists and is used, but it is not yet connected internationally.");
  await agree.getByRole("button", { name: "Record agreed level" }).click();
  const recorded = focal.getByTestId("recorded-level");
  await expect(recorded).toContainText("2. Developing");
  await expect(recorded).toContainText("not yet connected internationally");
  // The answer itself now holds the agreed level, and both proposals are still on record.
  await expect(focal.getByRole("radio", { name: /^2\. Developing/ })).toBeChecked();
  await expect(rows).toHaveCount(3);

  await contributor.reload();
  await expect(contributor.getByTestId("recorded-level")).toContainText("recorded by Amina Odhiambo");
  await focal.goto("/assessments/demo-ke-2026");
  await expect(focal.getByText("2 proposals, levels differ")).toBeVisible();
});

test("an advisory board member never sees proposals, and a contributor cannot record agreement", async ({ browser }) => {
  const contributor = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  await contributor.goto("/assessments/demo-ke-2026/image-databases");
  await expect(contributor.getByRole("form", { name: "Record the agreed level" })).toHaveCount(0);
  const advisory = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await advisory.goto("/assessments/demo-ke-2024/legislation");
  await expect(advisory.getByRole("heading", { name: "Proposed levels" })).toHaveCount(0);
});
