import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

const { PDFParse } = createRequire(__filename)("pdf-parse") as {
  PDFParse: new (o: { data: Uint8Array }) => { getText(): Promise<{ text: string }> };
};

// Colombia's 2024 cycle is shared with NGOs in the demo data; Kenya's 2024 cycle only with the advisory board.
const shared = "demo-co-2024";

test("an NGO analyst reads the shared gap report and downloads it in every format, with the same figures", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("ngo") })).newPage();
  await page.goto(`/assessments/${shared}/report`);
  const overall = (await page.getByTestId("report-overall").textContent())!.trim();
  expect(overall).toMatch(/^\d+(\.\d)?$/);
  await expect(page.getByText("Only public evidence is listed").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Internal comments" })).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Domain scores and targets" })).toBeVisible();
  // The chart prints the same domain scores as the table.
  const firstDomain = (await page.getByTestId("report-domains").locator("tbody tr").first().locator("td").first().textContent())!.trim();
  await expect(page.getByTestId("report-domain-chart")).toContainText(firstDomain);
  await expectNoSeriousA11yViolations(page);

  const get = async (format: string) => {
    const res = await page.request.get(`/api/assessments/${shared}/report?format=${format}`);
    expect(res.status(), format).toBe(200);
    expect(res.headers()["content-disposition"]).toContain(`mnr-co-2024-ngo.${format}`);
    return res.body();
  };

  const pdf = (await new PDFParse({ data: new Uint8Array(await get("pdf")) }).getText()).text;
  expect(pdf).toContain(overall);
  expect(pdf).toContain("Page 1 of");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await get("xlsx")) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Capabilities", "Domains", "Actions", "Evidence", "Trend"]));
  const numbers: number[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === "number") numbers.push(cell.value); })));
  expect(numbers).toContain(Number(overall));

  const docx = await (await JSZip.loadAsync(await get("docx"))).file("word/document.xml")!.async("string");
  expect(docx).toContain(overall);

  const csv = (await get("csv")).toString("utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(22);

  const json = JSON.parse((await get("json")).toString("utf8")) as { schema: string; evidence: { sensitivity: string }[] };
  expect(json.schema).toBe("mnr-assess/assessment");
  expect(new Set(json.evidence.map((e) => e.sensitivity))).toEqual(new Set(["public"]));
});

test("an NGO analyst is refused a report that was not shared with NGOs, and any other version", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("ngo") })).newPage();
  expect((await page.request.get("/api/assessments/demo-ke-2024/report?format=pdf")).status()).toBe(404);
  expect((await page.request.get(`/api/assessments/${shared}/report?format=pdf&version=internal`)).status()).toBe(403);
  expect((await page.goto("/assessments/demo-ke-2024/report"))?.status()).toBe(404);
});

test("the country's internal report keeps restricted evidence that the shared version leaves out", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("secretariat") })).newPage();
  const internal = JSON.parse((await (await page.request.get(`/api/assessments/${shared}/report?format=json`)).body()).toString("utf8")) as { evidence: { sensitivity: string }[] };
  const ngo = JSON.parse((await (await page.request.get(`/api/assessments/${shared}/report?format=json&version=ngo`)).body()).toString("utf8")) as { evidence: { sensitivity: string }[] };
  expect(internal.evidence.some((e) => e.sensitivity === "restricted")).toBe(true);
  expect(ngo.evidence.every((e) => e.sensitivity === "public")).toBe(true);
  expect(ngo.evidence.length).toBeLessThan(internal.evidence.length);
});

test("an NGO analyst downloads open data: every assessment shared with NGOs, one row per capability and cycle, with a dictionary", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("ngo") })).newPage();
  await page.goto("/assessments");
  await expect(page.getByTestId("open-data").getByRole("link", { name: "CSV" })).toBeVisible();
  const res = await page.request.get("/api/open-data?format=csv");
  expect(res.status()).toBe(200);
  const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  const header = lines[0]!.split(",");
  const iso = header.indexOf("country_iso2");
  expect(iso).toBeGreaterThanOrEqual(0);
  const countries = new Set(lines.slice(1).map((l) => l.split(",")[iso]));
  expect(countries.has("CO")).toBe(true);
  expect(countries.has("KE")).toBe(false); // Kenya shared with the advisory board only
  expect((lines.length - 1) % 21).toBe(0);
  const json = await (await page.request.get("/api/open-data?format=json")).text();
  // The same cycles as the CSV: Colombia's are in, Kenya's (not shared with NGOs) are not.
  expect(json).toContain('"iso2":"CO"');
  expect(json).not.toContain('"iso2":"KE"');
  expect(() => JSON.parse(json)).not.toThrow();
  const dictionary = await (await page.request.get("/api/open-data?format=dictionary")).text();
  expect(dictionary).toContain("country_iso2");
});

test("a reader working in Arabic downloads the PDF in Arabic: Arabic letters in the text, an embedded Arabic font", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateOf("ngo") });
  await context.addCookies([{ name: "mnr_locale", value: "ar", url: baseURL! }]);
  const page = await context.newPage();
  const res = await page.request.get(`/api/assessments/${shared}/report?format=pdf`);
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect(body.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri/);
  const text = (await new PDFParse({ data: new Uint8Array(body) }).getText()).text.replace(/\s+/g, "");
  // "المنهجية" (methodology) and "الصفحة" (page) from the Arabic catalogue; no "?" stand-ins.
  expect(text).toContain("المنهجية");
  expect(text).toContain("الصفحة");
  expect(text).not.toMatch(/\?{2,}/);
  await context.close();
});
