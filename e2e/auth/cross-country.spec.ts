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
