import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y";
import { acceptThroughUi, freshEmail, inviteThroughUi } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";
import { signIn } from "../support/sign-in";
import raw from "@/lib/framework/definitions/mnr-2022.json";

const capabilityKeys = (raw as { capabilities: { key: string }[] }).capabilities.map((c) => c.key);

async function newUser(browser: Browser, label: string, role: string, country: string) {
  const email = freshEmail(label);
  const password = `${label} password for ghana`;
  await acceptThroughUi(browser, await inviteThroughUi(browser, email, role, country), `${label} person`, password);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

async function saveViaAction(page: Page, baseURL: string, assessmentId: string, capabilityKey: string, level: number) {
  const action = listServerActions().find((a) => a.name === "saveAnswer")!;
  const r = await callServerAction(page.request, baseURL, action, {
    assessmentId,
    capabilityKey,
    expectedVersion: 0,
    level,
    notApplicable: false,
    notApplicableReason: "",
    reasoning: `Reasoning for ${capabilityKey}`,
    confidence: "medium",
    targetLevel: Math.min(4, level + 1),
    targetDate: "2029-06-30",
    leadAgency: "Ministry of Gender",
  });
  expect(r.ok, r.body).toBe(true);
}

test("a country runs a full cycle: fill, submit, return, fix, validate, share", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const focal = await newUser(browser, "gh-focal", "Country focal point", "Ghana");
  const contributor = await newUser(browser, "gh-contrib", "Country contributor", "Ghana");

  // The focal point opens the cycle.
  await focal.goto("/assessments");
  await focal.getByRole("link", { name: "Open a new assessment cycle" }).click();
  await expectNoSeriousA11yViolations(focal);
  await focal.getByLabel("Title", { exact: true }).fill("Ghana national assessment");
  await focal.getByLabel("Reference year or period", { exact: true }).fill("2026");
  await focal.getByRole("button", { name: "Open the cycle" }).click();
  await expect(focal).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  const assessmentId = focal.url().split("/").pop()!;
  await expect(focal.getByText("0 of 21 capabilities done")).toBeVisible();
  await expectNoSeriousA11yViolations(focal);

  // The focal point gives the first capability to the contributor, who sees it first.
  await focal.getByLabel("Who works on 1. Leadership").selectOption({ label: "gh-contrib person" });
  await expect(focal.getByLabel("Who works on 1. Leadership")).toHaveValue(/.+/);
  await contributor.goto(`/assessments/${assessmentId}`);
  await expect(contributor.getByRole("region", { name: "Assigned to you" }).getByRole("link", { name: "1. Leadership" })).toBeVisible();
  await expect(contributor.getByText("gh-contrib person is working on it")).toBeVisible();

  // The contributor answers it in the guided form; it saves by itself.
  await contributor.getByRole("region", { name: "Assigned to you" }).getByRole("link", { name: "1. Leadership" }).click();
  await expect(contributor).toHaveURL(new RegExp(`/assessments/${assessmentId}/leadership$`));
  await expectNoSeriousA11yViolations(contributor);
  await contributor.getByRole("radio", { name: /^2\. Developing/ }).check();
  await contributor.getByLabel("Reasoning").fill("A national council was set up by decree in 2024 and meets quarterly.");
  await contributor.getByLabel("Target level").selectOption({ label: "3. Embedding" });
  await contributor.getByLabel("Lead ministry or agency").fill("Ministry of Gender, Children and Social Protection");
  await expect(contributor.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  // A target below the current level is refused with a reason, and not saved.
  await contributor.getByLabel("Target level").selectOption({ label: "1. Building" });
  await expect(contributor.getByText("The target cannot be below the current level.")).toBeVisible();
  await contributor.getByLabel("Target level").selectOption({ label: "3. Embedding" });
  await expect(contributor.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  // Evidence with a sensitivity label, and an action; a new action due in the past is refused.
  const evidence = contributor.getByRole("form", { name: "Add a reference" });
  await evidence.getByLabel("Title", { exact: true }).fill("Presidential decree establishing the national council, 2024");
  await evidence.getByLabel("Link (optional)").fill("ftp://not-a-web-link");
  await evidence.getByRole("button", { name: "Add a reference" }).click();
  await expect(evidence.getByText("Enter a full web address")).toBeVisible();
  await evidence.getByLabel("Link (optional)").fill("https://gazette.example.gov.gh/decree-2024-17");
  await evidence.getByLabel("Issuing body").fill("Office of the President");
  await evidence.getByLabel("Sensitivity").selectOption({ label: "Public" });
  await evidence.getByRole("button", { name: "Add a reference" }).click();
  await expect(contributor.getByRole("link", { name: "Presidential decree establishing the national council, 2024" })).toBeVisible();
  await evidence.getByLabel("Title", { exact: true }).fill("Internal note from the council secretariat");
  await evidence.getByLabel("Sensitivity").selectOption({ label: "Restricted" });
  await evidence.getByRole("button", { name: "Add a reference" }).click();
  await expect(contributor.getByText("Internal note from the council secretariat", { exact: true })).toBeVisible();
  const actions = contributor.getByRole("form", { name: "Add an action" });
  await actions.getByLabel("What will be done").fill("Give the council a budget line");
  await actions.getByLabel("Who is responsible").fill("Ministry of Finance");
  await actions.getByLabel("Due date").fill("2020-01-01");
  await actions.getByRole("button", { name: "Add an action" }).click();
  await expect(actions.getByText("A new action cannot be due in the past.")).toBeVisible();
  await actions.getByLabel("Due date").fill("2030-06-30");
  await actions.getByRole("button", { name: "Add an action" }).click();
  await expect(contributor.getByText("Ministry of Finance · due 2030-06-30 · Planned")).toBeVisible();
  // Uploads: a document is accepted; a picture is refused with the reason, whatever it is called.
  const upload = contributor.getByRole("form", { name: "Upload a document" });
  await upload.getByLabel("Document").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByText("Images cannot be uploaded.")).toBeVisible();
  await upload.getByLabel("Document").setInputFiles({ name: "council-minutes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
  await upload.getByLabel("Sensitivity").selectOption({ label: "Restricted" });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(contributor.getByRole("link", { name: "council-minutes.pdf" })).toBeVisible();
  const fileHref = (await contributor.getByRole("link", { name: "council-minutes.pdf" }).getAttribute("href"))!;
  const download = await contributor.request.get(fileHref);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.body()).toString()).toContain("%PDF-1.4");

  await expectNoSeriousA11yViolations(contributor);
  await contributor.getByRole("button", { name: "Next capability" }).click();
  await expect(contributor).toHaveURL(new RegExp(`/assessments/${assessmentId}/research-analysis-monitoring$`));
  await contributor.reload();
  await contributor.goto(`/assessments/${assessmentId}/leadership`);
  await expect(contributor.getByRole("radio", { name: /^2\. Developing/ })).toBeChecked();
  await expect(contributor.getByLabel("Reasoning")).toHaveValue(/national council/);

  // Submitting an incomplete assessment is refused.
  await focal.goto(`/assessments/${assessmentId}`);
  await expect(focal.getByText("20 capabilities are still to assess before submitting.")).toBeVisible();
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.locator("main [role=alert]")).toContainText("Every capability must be assessed");

  // The rest is answered (through the same server action the form uses).
  for (const [i, key] of capabilityKeys.entries()) if (key !== "leadership") await saveViaAction(focal, baseURL!, assessmentId, key, i % 4);
  await focal.reload();
  await expect(focal.getByText("21 of 21 capabilities done")).toBeVisible();
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByText("Submitted for review").first()).toBeVisible();

  // Submitted answers are frozen.
  await contributor.goto(`/assessments/${assessmentId}/leadership`);
  await expect(contributor.getByText("This answer cannot be changed here")).toBeVisible();

  // The secretariat returns it with a comment.
  const secretariat = await (await browser.newContext({ storageState: storageStateOf("secretariat") })).newPage();
  await secretariat.goto(`/assessments/${assessmentId}`);
  await secretariat.getByRole("button", { name: "Return to the country" }).click();
  await expect(secretariat.locator("main [role=alert]")).toContainText("Say what needs to change");
  await secretariat.getByLabel("Comment (required when returning)").fill("Please add the 2025 budget law to the reasoning on capability 1.");
  await secretariat.getByRole("button", { name: "Return to the country" }).click();
  await expect(secretariat.getByText("Returned for changes").first()).toBeVisible();

  // The country sees the comment, fixes, resubmits.
  await focal.goto(`/assessments/${assessmentId}`);
  await expect(focal.getByText("Please add the 2025 budget law")).toBeVisible();
  // The country answers in the thread and resolves it.
  const thread = focal.getByRole("listitem", { name: /Thread started by/ }).filter({ hasText: "Please add the 2025 budget law" });
  await thread.getByLabel("Reply").fill("Added to the reasoning of capability 1.");
  await thread.getByRole("button", { name: "Post reply" }).click();
  await expect(thread.getByText("Added to the reasoning of capability 1.")).toBeVisible();
  await thread.getByRole("button", { name: "Mark resolved" }).click();
  await expect(focal.getByText(/resolved by gh-focal person/)).toBeVisible();
  // The change history comes from the audit trail.
  const history = focal.getByRole("region", { name: "Change history" });
  await expect(history.getByText(/saved 1\. Leadership: level 2 Developing/).first()).toBeVisible();
  await expect(history.getByText(/added evidence to 1\. Leadership/).first()).toBeVisible();
  await expect(history.getByText(/submitted it for review/).first()).toBeVisible();
  await focal.goto(`/assessments/${assessmentId}/leadership`);
  await focal.getByLabel("Reasoning").fill("A national council set up by decree in 2024, funded in the 2025 budget law.");
  await expect(focal.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await focal.goto(`/assessments/${assessmentId}`);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByText("Submitted for review").first()).toBeVisible();

  // Validation, then sharing with the advisory board only.
  await secretariat.reload();
  await secretariat.getByRole("button", { name: "Validate" }).click();
  await expect(secretariat.getByText("Validated").first()).toBeVisible();

  const advisory = await (await browser.newContext({ storageState: storageStateOf("advisory") })).newPage();
  await advisory.goto("/assessments");
  await expect(advisory.getByText("Ghana national assessment")).toHaveCount(0);

  await focal.reload();
  await expect(focal.getByText("Not shared with anyone.")).toBeVisible();
  await focal.getByRole("checkbox", { name: "The advisory board" }).check();
  await expect(focal.getByText(/Shared with The advisory board by gh-focal person/)).toBeVisible();
  await expectNoSeriousA11yViolations(focal);

  await advisory.reload();
  await expect(advisory.getByText("Ghana: Ghana national assessment (2026)")).toBeVisible();
  // Restricted evidence never reaches the advisory board, even with the link.
  expect((await advisory.request.get(fileHref)).status()).toBe(404);
  await advisory.goto(`/assessments/${assessmentId}/leadership`);
  await expect(advisory.getByText("council-minutes.pdf")).toHaveCount(0);
  await expect(advisory.getByText("Internal note from the council secretariat")).toHaveCount(0);
  await expect(advisory.getByRole("link", { name: "Presidential decree establishing the national council, 2024" })).toBeVisible();
  const ngo = await (await browser.newContext({ storageState: storageStateOf("ngo") })).newPage();
  await ngo.goto(`/assessments/${assessmentId}`);
  expect((await ngo.request.get(`/assessments/${assessmentId}`)).status()).toBe(404);

  // Revoking takes it away at once.
  await focal.getByRole("checkbox", { name: "The advisory board" }).uncheck();
  await expect(focal.getByText(/Revoked by gh-focal person/)).toBeVisible();
  await advisory.reload();
  await expect(advisory.getByText("Ghana national assessment")).toHaveCount(0);
});
