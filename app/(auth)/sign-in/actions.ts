"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getThrottleStates, clearThrottle, recordSignInFailure } from "@/db/queries/throttle";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import { getAuth } from "@/lib/auth/auth-server";
import { accountPolicy, addressPolicy, isLocked } from "@/lib/auth/throttle";
import { accountThrottleKey, safeNextPath } from "@/lib/auth/tokens";
import { emptySchema, signInSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

export const signIn = defineAction({
  name: "auth.signIn",
  permission: "public",
  input: signInSchema,
  handler: async ({ input, db, request, note }) => {
    note({ email: input.email });
    const now = new Date();
    const keys = { account: accountThrottleKey(input.email), address: `address:${request.ipAddress}` };
    const states = await getThrottleStates(db, [keys.account, keys.address]);
    if (isLocked(states.get(keys.account), now) || isLocked(states.get(keys.address), now)) {
      throw new ActionError("throttled", "signInThrottled", undefined, "throttled");
    }
    const auth = await getAuth();
    try {
      // Unknown email, wrong password and deactivated account all end here with one message;
      // the library hashes the password even for an unknown email, so timing tells nothing either.
      const result = await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
      await clearThrottle(db, keys.account);
      if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { twoFactor: true as const };
      return { twoFactor: false as const, next: safeNextPath(input.next) };
    } catch (err) {
      if (!(err instanceof APIError)) throw err;
      await recordSignInFailure(
        db,
        [
          { key: keys.account, policy: accountPolicy },
          { key: keys.address, policy: addressPolicy },
        ],
        now,
      );
      throw new ActionError("failed", "signInFailed", undefined, "badCredentials");
    }
  },
});

export const verifySignInCode = defineAction({
  name: "auth.verifyTwoFactor",
  permission: "public",
  input: twoFactorCodeSchema.extend({ next: signInSchema.shape.next }),
  handler: async ({ input }) => {
    const auth = await getAuth();
    try {
      await auth.api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
    } catch (err) {
      if (!(err instanceof APIError)) throw err;
      throw new ActionError("failed", "twoFactorCodeWrong", { code: "validation.totpCodeWrong" }, "badCode");
    }
    return { next: safeNextPath(input.next) };
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
