import type { Actor } from "../support/roles";

// Who may reach what. Every page, route handler and server action in the app must appear
// here: access.spec.ts fails when one is missing, so a new endpoint cannot ship untested.
// "public": anyone, signed in or not; "signedIn": every signed-in role; or a list of actors.
export type Audience = "public" | "signedIn" | Actor[];

// `hidden`: refused with 404 rather than 403, because the record itself must not be revealed.
export const pageAccess: Record<string, { path: string; audience: Audience; hidden?: boolean }> = {
  "/": { path: "/", audience: "public" },
  "/framework": { path: "/framework", audience: "public" },
  "/methodology": { path: "/methodology", audience: "public" },
  "/accessibility": { path: "/accessibility", audience: "public" },
  "/framework/[capabilityKey]": { path: "/framework/legislation", audience: "public" },
  "/sign-in": { path: "/sign-in", audience: "public" },
  "/invite/[token]": { path: `/invite/${"n".repeat(43)}`, audience: "public" },
  "/workspace": { path: "/workspace", audience: "signedIn" },
  "/account": { path: "/account", audience: "signedIn" },
  "/admin/users": { path: "/admin/users", audience: ["secretariat"] },
  "/admin/audit": { path: "/admin/audit", audience: ["secretariat"] },
  "/admin/security": { path: "/admin/security", audience: ["secretariat"] },
  "/assessments": { path: "/assessments", audience: "signedIn" },
  "/compare": { path: "/compare", audience: ["secretariat", "advisory"] },
  "/compare/aggregates": { path: "/compare/aggregates", audience: ["secretariat", "advisory"] },
  "/peers": { path: "/peers", audience: ["contributor", "focal_point", "contributor_ug"] },
  "/assessments/new": { path: "/assessments/new", audience: ["focal_point"] },
  "/assessments/[assessmentId]": { path: "/assessments/demo-ke-2026", audience: ["contributor", "focal_point", "secretariat"], hidden: true },
  "/assessments/[assessmentId]/dashboard": { path: "/assessments/demo-ke-2026/dashboard", audience: ["contributor", "focal_point", "secretariat"], hidden: true },
  "/assessments/[assessmentId]/report": { path: "/assessments/demo-ke-2026/report", audience: ["contributor", "focal_point", "secretariat"], hidden: true },
  "/assessments/[assessmentId]/enablers": { path: "/assessments/demo-ke-2026/enablers", audience: ["contributor", "focal_point", "secretariat"], hidden: true },
  "/assessments/[assessmentId]/[capabilityKey]": {
    path: "/assessments/demo-ke-2026/legislation",
    audience: ["contributor", "focal_point", "secretariat"],
    hidden: true,
  },
};

export const routeAccess: Record<string, { method: "GET" | "POST"; path: string; audience: Audience }> = {
  "/api/health": { method: "GET", path: "/api/health", audience: "public" },
  "/api/assessments/[assessmentId]/report": { method: "GET", path: "/api/assessments/demo-ke-2026/report?format=csv", audience: "signedIn" },
  "/api/compare": { method: "GET", path: "/api/compare?view=aggregate", audience: ["secretariat", "advisory"] },
  "/api/assessments/import": { method: "POST", path: "/api/assessments/import", audience: ["focal_point"] },
  "/api/import-template": { method: "GET", path: "/api/import-template", audience: ["focal_point"] },
  "/api/open-data": { method: "GET", path: "/api/open-data?format=dictionary", audience: ["secretariat", "advisory", "ngo"] },
  "/api/files/[fileId]": { method: "GET", path: "/api/files/no-such-file", audience: "signedIn" },
  "/api/assessments/[assessmentId]/files": { method: "POST", path: "/api/assessments/demo-ke-2026/files", audience: ["contributor", "focal_point", "contributor_ug"] },
};

/**
 * `sample` is a well-formed request that would change something if it were allowed: the
 * refused callers send it, and the test checks nothing changed.
 */
export const actionAccess: Record<string, { audience: Audience; sample: Record<string, unknown> }> = {
  signIn: { audience: "public", sample: {} },
  verifySignInCode: { audience: "public", sample: {} },
  verifySignInBackupCode: { audience: "public", sample: {} },
  acceptInvitation: { audience: "public", sample: {} },
  signOut: { audience: "signedIn", sample: {} },
  chooseLanguage: { audience: "public", sample: {} },
  changePassword: {
    audience: "signedIn",
    sample: { currentPassword: "not the password", newPassword: "matrix probe new password", confirmPassword: "matrix probe new password" },
  },
  startTwoFactorSetup: { audience: "signedIn", sample: { password: "not the password" } },
  confirmTwoFactorSetup: { audience: "signedIn", sample: { code: "123456" } },
  disableTwoFactor: { audience: "signedIn", sample: { password: "not the password" } },
  inviteUser: { audience: ["secretariat"], sample: { email: "matrix-probe@example.org", role: "secretariat" } },
  revokeInvitation: { audience: ["secretariat"], sample: { invitationId: "matrix-probe" } },
  changeUserRole: { audience: ["secretariat"], sample: { userId: "matrix-probe", role: "secretariat" } },
  setUserActive: { audience: ["secretariat"], sample: { userId: "matrix-probe", active: false } },
  setTwoFactorPolicy: { audience: ["secretariat"], sample: { roles: ["contributor", "focal_point", "advisory", "ngo"] } },
  createAssessment: { audience: ["focal_point"], sample: { title: "Matrix probe cycle", period: "2030", useBaseline: false } },
  // Permission lets every country user save; the scope rule (tested in cross-country.spec.ts) keeps them to their own country.
  saveAnswer: {
    audience: ["contributor", "focal_point", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", expectedVersion: 1, level: 4, notApplicable: false, notApplicableReason: "", reasoning: "MATRIX PROBE", confidence: null, targetLevel: null, targetDate: "", leadAgency: "" },
  },
  submitAssessment: { audience: ["focal_point"], sample: { assessmentId: "demo-ke-2026", action: "submit", comment: "" } },
  reviewAssessment: { audience: ["secretariat"], sample: { assessmentId: "demo-ug-2024", action: "reopen", comment: "" } },
  shareAssessment: { audience: ["focal_point"], sample: { assessmentId: "demo-ke-2023", audience: "public", shared: true } },
  addEvidenceRef: {
    audience: ["contributor", "focal_point", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", title: "MATRIX PROBE", url: "", issuedOn: "", issuer: "", sensitivity: "public" },
  },
  addAction: {
    audience: ["contributor", "focal_point", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", what: "MATRIX PROBE", owner: "x", dueOn: "2099-01-01", status: "planned" },
  },
  removeEvidenceRef: { audience: ["contributor", "focal_point", "contributor_ug"], sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", itemId: "x" } },
  removeEvidenceUpload: { audience: ["contributor", "focal_point", "contributor_ug"], sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", itemId: "x" } },
  removeAction: { audience: ["contributor", "focal_point", "contributor_ug"], sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", itemId: "x" } },
  proposeLevel: {
    audience: ["contributor", "focal_point", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", level: 2, reasoning: "MATRIX PROBE" },
  },
  agreeLevel: { audience: ["focal_point"], sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", expectedVersion: 1, level: 2, reason: "MATRIX PROBE" } },
  assignCapability: { audience: ["focal_point"], sample: { assessmentId: "demo-ke-2026", capabilityKey: "legislation", assigneeId: "" } },
  resolveComment: {
    audience: ["contributor", "focal_point", "secretariat", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", commentId: "x", resolved: true },
  },
  saveEnablers: {
    audience: ["contributor", "focal_point", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", answers: [{ enablerKey: "resources", rating: "strong", notes: "MATRIX PROBE" }] },
  },
  commentOnAssessment: {
    audience: ["contributor", "focal_point", "secretariat", "contributor_ug"],
    sample: { assessmentId: "demo-ke-2026", capabilityKey: null, body: "MATRIX PROBE" },
  },
};

export function allows(audience: Audience, actor: Actor): boolean {
  if (audience === "public") return true;
  if (audience === "signedIn") return actor !== "anonymous";
  return audience.includes(actor);
}
