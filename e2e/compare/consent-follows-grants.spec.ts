import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";
import { signIn } from "../support/sign-in";
import raw from "@/lib/framework/definitions/mnr-2022.json";

// Each test makes its own country's cycle (Malawi, Lesotho: in no demo data and no other test).

const capabilityKeys = (raw as { capabilities: { key: string }[] }).capabilities.map((c) => c.key);
const action = (name: string) => listServerActions().find((a) => a.name === name)!;

async function newFocalPoint(browser: Browser, label: string, country: string) {
  const email = freshEmail(label);
  const password = `${label} consent test password`;
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, "Country focal point", country), `${label} person`, password);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

async function call(page: Page, baseURL: string, name: string, arg: Record<string, unknown>) {
  const r = await callServerAction(page.request, baseURL, action(name), arg);
  expect(r.ok, r.body).toBe(true);
  return r;
}

async function addRef(page: Page, baseURL: string, assessmentId: string, capabilityKey: string, title: string, sensitivity: string) {
  await call(page, baseURL, "addEvidenceRef", { assessmentId, capabilityKey, title, url: "", issuedOn: "", issuer: "", sensitivity });
}

async function upload(page: Page, baseURL: string, assessmentId: string, name: string, sensitivity: string): Promise<string> {
  const res = await page.request.post(`/api/assessments/${assessmentId}/files`, {
    headers: { Origin: baseURL },
    multipart: { capabilityKey: "legislation", sensitivity, file: { name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% consent test\n%%EOF\n") } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return `/api/files/${((await res.json()) as { id: string }).id}`;
}

/** A validated cycle with a public and an internal reference and an internal file on capability 3. */
async function validatedCycle(browser: Browser, baseURL: string, label: string, country: string) {
  const focal = await newFocalPoint(browser, label, country);
  await focal.goto("/assessments/new");
  await focal.getByLabel("Title", { exact: true }).fill(`${country} consent assessment`);
  await focal.getByLabel("Reference year or period", { exact: true }).fill("2026");
  await focal.getByRole("button", { name: "Open the cycle" }).click();
  await expect(focal).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  const assessmentId = focal.url().split("/").pop()!;
  for (const [i, capabilityKey] of capabilityKeys.entries()) {
    await call(focal, baseURL, "saveAnswer", {
      assessmentId, capabilityKey, expectedVersion: 0, level: i % 4, notApplicable: false, notApplicableReason: "",
      reasoning: `Reasoning for ${capabilityKey}`, confidence: "medium", targetLevel: 4, targetDate: "2029-06-30", leadAgency: "Ministry of Justice",
    });
  }
  await addRef(focal, baseURL, assessmentId, "legislation", "Published penal code", "public");
  await addRef(focal, baseURL, assessmentId, "legislation", "Internal legal review memo", "internal");
  const internalFile = await upload(focal, baseURL, assessmentId, "internal-review.pdf", "internal");
  await call(focal, baseURL, "submitAssessment", { assessmentId, action: "submit", comment: "" });
  const secretariat = await (await browser.newContext({ storageState: storageStateOf("secretariat") })).newPage();
  await call(secretariat, baseURL, "reviewAssessment", { assessmentId, action: "validate", comment: "" });
  return { focal, secretariat, assessmentId, internalFile };
}

test("a cycle shared with the public only gives an advisory member the public version, on every page and download", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { focal, assessmentId, internalFile } = await validatedCycle(browser, baseURL!, "mw-focal", "Malawi");
  await focal.goto(`/assessments/${assessmentId}`);
  await focal.getByRole("checkbox", { name: "Everyone (public)" }).check();
  await expect(focal.getByText(/Shared with Everyone \(public\) by mw-focal person/)).toBeVisible();

  const board = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await board.goto(`/assessments/${assessmentId}/legislation`);
  await expect(board.getByText("Published penal code")).toBeVisible();
  await expect(board.getByText("Internal legal review memo")).toHaveCount(0);
  await expect(board.getByText("internal-review.pdf")).toHaveCount(0);
  await expect(board.getByText("2 evidence items are recorded for this capability but not shared with you.")).toBeVisible();
  await expect(board.getByText(/Last saved by/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(board);
  expect((await board.request.get(internalFile)).status()).toBe(404);
  const json = await board.request.get(`/api/assessments/${assessmentId}/report?format=json`);
  expect(json.status()).toBe(200);
  const body = await json.text();
  expect(JSON.parse(body)).toMatchObject({ audience: "public" });
  expect(body).not.toContain("Internal legal review memo");
  expect((await board.request.get(`/api/assessments/${assessmentId}/report?format=json&version=advisory`)).status()).toBe(403);
  // The consent history says when, never who in the country.
  await board.goto(`/assessments/${assessmentId}`);
  await expect(board.getByText(/Shared with Everyone \(public\) on/)).toBeVisible();
  await expect(board.getByText(/mw-focal person/)).toHaveCount(0);

  // Once the board is granted too, it gets its own version (internal evidence, never restricted).
  await focal.getByRole("checkbox", { name: "The advisory board" }).check();
  await expect(focal.getByText(/Shared with The advisory board by/)).toBeVisible();
  expect((await board.request.get(internalFile)).status()).toBe(200);
  await board.goto(`/assessments/${assessmentId}/legislation`);
  await expect(board.getByText("Internal legal review memo")).toBeVisible();
});

test("reopening suspends sharing; after re-validation the focal point sees what changed and renews explicitly", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { focal, secretariat, assessmentId } = await validatedCycle(browser, baseURL!, "ls-focal", "Lesotho");
  await focal.goto(`/assessments/${assessmentId}`);
  await focal.getByRole("checkbox", { name: "The advisory board" }).check();
  await expect(focal.getByText(/Shared with The advisory board by/)).toBeVisible();
  await focal.getByRole("checkbox", { name: "NGO analysts" }).check();
  await expect(focal.getByText(/Shared with NGO analysts by/)).toBeVisible();
  const board = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  expect((await board.request.get(`/assessments/${assessmentId}`)).status()).toBe(200);

  // The secretariat reopens: the board loses it at once.
  await secretariat.goto(`/assessments/${assessmentId}`);
  await secretariat.getByRole("button", { name: "Reopen for correction" }).click();
  await expect(secretariat.getByText("Returned for changes").first()).toBeVisible();
  expect((await board.request.get(`/assessments/${assessmentId}`)).status()).toBe(404);

  // While reopened, the focal point can withdraw a share, and adds internal evidence.
  await focal.reload();
  await expect(focal.getByRole("heading", { name: "Sharing with NGO analysts is suspended" })).toBeVisible();
  await focal.getByRole("button", { name: "Withdraw sharing with NGO analysts" }).click();
  await expect(focal.getByRole("heading", { name: "Sharing with NGO analysts is suspended" })).toHaveCount(0);
  await expect(focal.getByText(/Revoked by ls-focal person/)).toBeVisible();
  for (let i = 1; i <= 3; i++) await addRef(focal, baseURL!, assessmentId, "leadership", `Internal note added during the correction ${i}`, "internal");
  await call(focal, baseURL!, "submitAssessment", { assessmentId, action: "submit", comment: "" });
  await call(secretariat, baseURL!, "reviewAssessment", { assessmentId, action: "validate", comment: "" });

  // Validated again: the old consent does not come back by itself.
  expect((await board.request.get(`/assessments/${assessmentId}`)).status()).toBe(404);
  await focal.reload();
  const renewal = focal.getByRole("region", { name: "Sharing with The advisory board is suspended" });
  await expect(renewal).toContainText("3 evidence items were added that this audience would receive (3 of them are labelled internal)");
  await expect(renewal.getByRole("link", { name: "See exactly what The advisory board would receive" })).toHaveAttribute("href", `/assessments/${assessmentId}/report?version=advisory`);
  await expect(focal.getByRole("checkbox", { name: "The advisory board" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(focal);
  await renewal.getByRole("button", { name: "Renew sharing with The advisory board" }).click();
  await expect(renewal).toHaveCount(0);
  await expect(focal.getByRole("checkbox", { name: "The advisory board" })).toBeChecked();
  await expect(focal.getByText(/Renewed on/)).toBeVisible();
  // NGO analysts stay withdrawn; the board sees the renewed cycle.
  await expect(focal.getByRole("checkbox", { name: "NGO analysts" })).not.toBeChecked();
  expect((await board.request.get(`/assessments/${assessmentId}`)).status()).toBe(200);
});
