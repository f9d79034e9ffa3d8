import { expect, test } from "@playwright/test";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";

// Country B's records carry a marker; nothing country A's user receives may contain it.
test("a Kenyan contributor never receives anything of Uganda's", async ({ browser, baseURL }) => {
  const marker = `UGMARKER${Date.now().toString(36).toUpperCase()}`;
  const email = freshEmail("ug-focal");
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Country focal point", "Uganda"), `Focal ${marker}`, "uganda focal point password");

  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().startsWith(baseURL!)) bodies.push(await r.text().catch(() => ""));
  });
  for (const path of ["/", "/workspace", "/account", "/framework", "/framework/legislation", "/admin/users", "/admin/audit"]) {
    await page.goto(path);
    bodies.push(await page.content());
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");

  // Crafted calls naming Uganda's user are refused before they touch anything.
  for (const name of ["changeUserRole", "setUserActive"]) {
    const action = listServerActions().find((a) => a.name === name)!;
    const r = await callServerAction(page.request, baseURL!, action, { userId: email, role: "contributor", countryIso2: "KE", active: false });
    expect(r.code).toBe("forbidden");
    bodies.push(r.body);
  }
  expect(bodies.join("\n")).not.toContain(marker);
  await page.goto("/workspace");
  await expect(page.getByRole("region", { name: "Your country" })).toContainText("Kenya");
  await expect(page.getByRole("region", { name: "Your country" })).not.toContainText("Uganda");
  await context.close();
});

test("a Ugandan contributor cannot read or change Kenya's assessment, by URL or by crafted call", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateOf("contributor_ug") });
  const page = await context.newPage();
  expect((await page.goto("/assessments/demo-ke-2026"))?.status()).toBe(404);
  expect((await page.goto("/assessments/demo-ke-2026/legislation"))?.status()).toBe(404);
  await page.goto("/assessments");
  await expect(page.getByText("National assessment 2026")).toHaveCount(0);
  const save = listServerActions().find((a) => a.name === "saveAnswer")!;
  const r = await callServerAction(page.request, baseURL!, save, {
    assessmentId: "demo-ke-2026",
    capabilityKey: "legislation",
    expectedVersion: 1,
    level: 4,
    notApplicable: false,
    notApplicableReason: "",
    reasoning: "CROSS-COUNTRY WRITE",
    confidence: null,
    targetLevel: null,
    targetDate: "",
    leadAgency: "",
  });
  expect(r.code).toBe("forbidden");
  const ke = await (await browser.newContext({ storageState: storageStateOf("contributor") })).newPage();
  await ke.goto("/assessments/demo-ke-2026/legislation");
  await expect(ke.getByLabel("Reasoning")).not.toHaveValue(/CROSS-COUNTRY/);
  await context.close();
});
