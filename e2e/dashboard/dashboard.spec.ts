import { expect, test, type Page } from "@playwright/test";
import { answersFor, levelsKe2023, levelsKe2024 } from "@/db/seed/demo-assessments";
import raw from "@/lib/framework/definitions/mnr-2022.json";
import { frameworkDefinitionSchema } from "@/lib/framework/schema";
import { scoreAssessment } from "@/lib/scoring";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { storageStateOf } from "../support/roles";

const def = frameworkDefinitionSchema.parse(raw);
// The scores the scoring functions give for Kenya's seeded 2023 and 2024 cycles (evidence does not move scores).
const scoreOf = (levels: number[]) =>
  scoreAssessment(def, answersFor(def, levels).map((a) => ({ capabilityKey: a.capabilityKey, level: a.level, notApplicable: false, targetLevel: a.targetLevel, confidence: a.confidence ?? null, evidenceCount: 0 })));
const ke2024 = scoreOf(levelsKe2024);
const ke2023 = scoreOf(levelsKe2023);
const fmt = (v: number | null) => (v === null ? "—" : new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(v));

async function open(page: Page, id: string) {
  await page.goto(`/assessments/${id}/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
}

test("the dashboard shows the numbers the scoring functions give, and its tables match its charts", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("focal_point") })).newPage();
  await open(page, "demo-ke-2024");
  await expect(page.getByTestId("overall-score")).toHaveText(`${fmt(ke2024.overall.value)} / 100`);
  await expect(page.getByTestId("overall-change")).toHaveText(`+${fmt(ke2024.overall.value! - ke2023.overall.value!)} points since 2023`);
  await expect(page.getByTestId("overall-completeness")).toContainText("100%");

  await page.getByText("Show as table").first().click();
  for (const d of ke2024.domains) {
    await expect(page.getByTestId("domain-table").locator(`tr[data-domain="${d.key}"] [data-cell="score"]`)).toHaveText(fmt(d.score.value));
  }
  // The radar prints the current cycle's values: the same numbers as the table.
  const radar = page.locator('[data-chart="radar"]');
  await radar.scrollIntoViewIfNeeded();
  await expect(radar.locator("svg").first()).toBeVisible();
  const printed = (await radar.locator(".recharts-label, .recharts-radar text, text.recharts-text").allTextContents()).map((s) => s.trim());
  for (const d of ke2024.domains) expect(printed).toContain(String(d.score.value));

  // Capability bars: level and gap per capability, table and chart alike.
  const bars = page.locator('[data-chart="bars"]');
  await bars.scrollIntoViewIfNeeded();
  await expect(bars.locator("svg").first()).toBeVisible();
  for (const c of ke2024.capabilities.slice(0, 3)) {
    await expect(page.getByTestId("capability-table").locator(`tr[data-capability="${c.key}"] [data-cell="gap"]`)).toHaveText(String(c.gap));
  }

  // The trend covers Kenya's validated cycles, oldest first, ending with this one.
  const trendRows = page.getByTestId("trend-table").locator("tbody tr");
  await expect(trendRows).toHaveCount(5);
  await expect(trendRows.last().locator('[data-cell="overall"]')).toHaveText(fmt(ke2024.overall.value));
  await expect(trendRows.nth(3).locator('[data-cell="overall"]')).toHaveText(fmt(ke2023.overall.value));
  await expect(page.getByTestId("gap-list").locator("tbody tr").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a shared reader's dashboard holds only the cycles shared with them", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await open(page, "demo-ke-2024");
  await expect(page.getByTestId("overall-score")).toHaveText(`${fmt(ke2024.overall.value)} / 100`);
  await expect(page.getByTestId("trend-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("overall-change")).toHaveText("First validated cycle: nothing to compare with");
  expect((await page.goto("/assessments/demo-ke-2023/dashboard"))?.status()).toBe(404);
});

test("the methodology page explains the method with a worked example from the scoring code", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1, name: "How the scores are calculated" })).toBeVisible();
  const first = def.domains[0]!;
  const caps = def.capabilities.filter((c) => c.domain === first.key);
  const expected = scoreAssessment(def, caps.map((c, i) => ({ capabilityKey: c.key, level: Math.min(4, i + 1), notApplicable: false, targetLevel: null, confidence: "medium", evidenceCount: 1 })));
  await expect(page.getByTestId("example-result")).toContainText(fmt(expected.domains[0]!.score.value));
  await expectNoSeriousA11yViolations(page);
});
