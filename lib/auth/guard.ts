import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { recordAnonymousRefusal, writeAudit } from "@/db/queries/audit";
import { can, type Permission } from "./permissions";
import { getCurrentUser, getRequestInfo, type CurrentUser } from "./session";

/**
 * For pages: the signed-in user holding `permission`, or a redirect to sign-in, or 403.
 * Pages also use `can()` to decide what to show; the server actions check again.
 * Both refusals are audited once per request: a page the instance might keep is rendered
 * once, by the page keeper, and answered as rendered (lib/render-cache/serve.ts).
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // Counted per address rather than written one by one: anyone can ask for pages.
    const request = await getRequestInfo();
    await recordAnonymousRefusal(await getDb(), {
      action: "page.view",
      targetType: "page",
      targetId: returnTo.slice(0, 200),
      outcome: "denied",
      ipAddress: request.ipAddress,
      details: { reason: "unauthenticated", permission },
    });
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  if (user.mustSetUpTwoFactor && permission !== "account.manageOwn") redirect("/account#two-factor");
  if (!can(user.role, permission)) {
    const request = await getRequestInfo();
    await writeAudit(await getDb(), {
      action: "page.view",
      actorId: user.userId,
      actorEmail: user.email,
      actorRole: user.role,
      targetType: "page",
      targetId: returnTo.slice(0, 200),
      outcome: "denied",
      ipAddress: request.ipAddress,
      details: { permission },
    });
    forbidden();
  }
  return user;
}
