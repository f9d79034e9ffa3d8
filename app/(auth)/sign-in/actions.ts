"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import type { Db } from "@/db/client";
import { getUserById } from "@/db/queries/users";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import { getAuth, type Auth } from "@/lib/auth/auth-server";
import { safeReturnPath } from "@/lib/auth/return-path";
import type { RequestInfo } from "@/lib/auth/session";
import { runThrottledStep } from "@/lib/auth/sign-in-attempt";
import { accountThrottleKey } from "@/lib/auth/tokens";
import { pendingChallengeUserId } from "@/lib/auth/two-factor-challenge";
import { backupCodeSchema, emptySchema, signInSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

const throttled = () => new ActionError("throttled", "signInThrottled", undefined, "throttled");
const addressKey = (request: RequestInfo) => `address:${request.ipAddress}`;

export const signIn = defineAction({
  name: "auth.signIn",
  permission: "public",
  input: signInSchema,
  handler: async ({ input, db, request, note }) => {
    note({ email: input.email });
    const auth = await getAuth();
    const keys = { account: accountThrottleKey(input.email), address: addressKey(request) };
    const step = await runThrottledStep(db, keys, new Date(), async () => {
      try {
        // Unknown email, wrong password and deactivated account all end here with one message;
        // the library hashes the password even for an unknown email, so timing tells nothing either.
        const result = await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
        const twoFactor = "twoFactorRedirect" in result && !!result.twoFactorRedirect;
        return { succeeded: true, completesSignIn: !twoFactor, twoFactor };
      } catch (err) {
        if (!(err instanceof APIError)) throw err;
        return { succeeded: false, completesSignIn: false, twoFactor: false };
      }
    });
    if (!step) throw throttled();
    if (!step.succeeded) throw new ActionError("failed", "signInFailed", undefined, "badCredentials", true);
    return step.twoFactor ? { twoFactor: true as const } : { twoFactor: false as const, next: safeReturnPath(input.next) };
  },
});

/**
 * The second step, by authenticator code or backup code: counted against the account the
 * pending challenge belongs to (and the address) before the code is checked, like a password.
 */
async function secondFactor(db: Db, request: RequestInfo, note: (d: Record<string, string | null>) => void, check: (auth: Auth) => Promise<unknown>, wrong: ActionError) {
  const now = new Date();
  const userId = await pendingChallengeUserId(now);
  const user = userId ? await getUserById(db, userId) : null;
  note({ userId: user?.id ?? null });
  const auth = await getAuth();
  const keys = { account: user ? accountThrottleKey(user.email) : null, address: addressKey(request) };
  const step = await runThrottledStep(db, keys, now, async () => {
    try {
      await check(auth);
      return { succeeded: true, completesSignIn: true };
    } catch (err) {
      if (!(err instanceof APIError)) throw err;
      return { succeeded: false, completesSignIn: false };
    }
  });
  if (!step) throw throttled();
  if (!step.succeeded) throw wrong;
}

export const verifySignInCode = defineAction({
  name: "auth.verifyTwoFactor",
  permission: "public",
  input: twoFactorCodeSchema.extend({ next: signInSchema.shape.next }),
  handler: async ({ input, db, request, note }) => {
    const wrong = new ActionError("failed", "twoFactorCodeWrong", { code: "validation.totpCodeWrong" }, "badCode", true);
    await secondFactor(db, request, note, async (auth) => auth.api.verifyTOTP({ body: { code: input.code }, headers: await headers() }), wrong);
    return { next: safeReturnPath(input.next) };
  },
});

export const verifySignInBackupCode = defineAction({
  name: "auth.verifyBackupCode",
  permission: "public",
  input: backupCodeSchema.extend({ next: signInSchema.shape.next }),
  handler: async ({ input, db, request, note }) => {
    const wrong = new ActionError("failed", "backupCodeWrong", { code: "validation.backupCodeWrong" }, "badBackupCode", true);
    // The library removes the code from the account's list as it accepts it: each works once.
    await secondFactor(db, request, note, async (auth) => auth.api.verifyBackupCode({ body: { code: input.code }, headers: await headers() }), wrong);
    return { next: safeReturnPath(input.next) };
  },
});

export const signOut = defineAction({
  name: "auth.signOut",
  permission: "account.manageOwn",
  input: emptySchema,
  handler: async () => {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
    return { next: "/" };
  },
});
