import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { signIn } from "../support/sign-in";
import { expectNoSeriousA11yViolations } from "../support/a11y";

// Column positions in the template's "answers" sheet (1-based), as its header row names them.
async function fill(template: Buffer, rows: Record<number, { level?: number; target?: number }>, file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("answers")!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  for (const [row, v] of Object.entries(rows)) {
    if (v.level !== undefined) sheet.getRow(Number(row)).getCell(col("level")).value = v.level;
    if (v.target !== undefined) sheet.getRow(Number(row)).getCell(col("target_level")).value = v.target;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

test("a focal point imports a filled-in template: a bad file is refused whole, with row and field; a good one becomes a draft", async ({ browser }, info) => {
  const email = freshEmail("zm-focal");
  const password = "zambia focal point password";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Country focal point", "Zambia"), "Zambia focal", password);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await page.goto("/assessments/new");
  await expectNoSeriousA11yViolations(page);
  const template = await page.request.get("/api/import-template");
  expect(template.status()).toBe(200);
  const body = await template.body();

  const bad = path.join(info.outputDir, "bad.xlsx");
  await fill(body, { 2: { level: 9 }, 3: { level: 3, target: 1 } }, bad);
  const form = page.getByRole("form", { name: "Start from a file" });
  await form.getByLabel("File (.json or .xlsx)").setInputFiles(bad);
  await form.getByLabel("Title of the imported cycle").fill("Zambia imported assessment");
  await form.getByLabel("Reference year or period of the imported cycle").fill("2026");
  await form.getByRole("button", { name: "Import into a new draft" }).click();
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("The file was not imported");
  await expect(problems).toContainText(/Row 2, level: The level must be one of the framework's levels/);
  await expect(problems).toContainText(/Row 3, target_level: The target level \(1\) is below the current level \(3\)/);
  await page.goto("/assessments");
  await expect(page.getByText("Zambia imported assessment")).toHaveCount(0);

  const good = path.join(info.outputDir, "good.xlsx");
  await fill(body, { 2: { level: 2, target: 3 }, 3: { level: 1 } }, good);
  await page.goto("/assessments/new");
  await form.getByLabel("File (.json or .xlsx)").setInputFiles(good);
  await form.getByLabel("Title of the imported cycle").fill("Zambia imported assessment");
  await form.getByLabel("Reference year or period of the imported cycle").fill("2026");
  await form.getByRole("button", { name: "Import into a new draft" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  await expect(page.getByText("2 of 21 capabilities done")).toBeVisible();

  // One cycle in progress per country: a second import is refused and says why.
  await page.goto("/assessments/new");
  await form.getByLabel("File (.json or .xlsx)").setInputFiles(good);
  await form.getByLabel("Title of the imported cycle").fill("Again");
  await form.getByLabel("Reference year or period of the imported cycle").fill("2027");
  await form.getByRole("button", { name: "Import into a new draft" }).click();
  await expect(page.getByTestId("import-problems")).toContainText("already has an assessment in progress");
});
