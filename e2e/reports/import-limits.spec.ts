import { expect, test, type Page } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeXlsxBomb } from "@/lib/export/test-bomb";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { signIn } from "../support/sign-in";

// Protects the import's memory guard: a small file that unpacks to hundreds of MB is refused
// from its zip directory with a message naming the limit, and a country that already has a
// cycle in progress is told so before its file is even read.

async function bombFile(dir: string): Promise<string> {
  const file = path.join(dir, "bomb.xlsx");
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, await makeXlsxBomb({ unpackedBytes: 200 * 1024 * 1024 }));
  return file;
}

async function upload(page: Page, file: string, title: string) {
  await page.goto("/assessments/new");
  const form = page.getByRole("form", { name: "Start from a file" });
  await form.getByLabel("File (.json or .xlsx)").setInputFiles(file);
  await form.getByLabel("Title of the imported cycle").fill(title);
  await form.getByLabel("Reference year or period of the imported cycle").fill("2026");
  await form.getByRole("button", { name: "Import into a new draft" }).click();
}

test("a spreadsheet that would unpack to hundreds of MB is refused unopened, naming the limit", async ({ browser }, info) => {
  const email = freshEmail("bw-focal");
  const password = "botswana focal point password";
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Country focal point", "Botswana"), "Botswana focal", password);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await upload(page, await bombFile(info.outputDir), "Botswana bomb");
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("The file was not imported");
  await expect(problems).toContainText("The workbook would unpack to more than 20 MB");
  await page.goto("/assessments");
  await expect(page.getByText("Botswana bomb")).toHaveCount(0);
});

test.describe("with a cycle already in progress", () => {
  test.use({ storageState: storageStateOf("focal_point") });
  test("the import is refused for the open cycle before the file is read", async ({ page }, info) => {
    // Kenya's demo data has a 2026 draft open: the refusal is about it, not about the file.
    await upload(page, await bombFile(info.outputDir), "Kenya bomb");
    const problems = page.getByTestId("import-problems");
    await expect(problems).toContainText("already has an assessment in progress");
    await expect(problems).not.toContainText("unpack");
  });
});
