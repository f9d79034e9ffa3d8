"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getTwoFactorRequiredRoles } from "@/db/queries/settings";
import { deleteSessionsOfUser } from "@/db/queries/users";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import { getAuth } from "@/lib/auth/auth-server";
import { checkPassword } from "@/lib/auth/password-policy";
import { changePasswordSchema, enableTwoFactorSchema, twoFactorCodeSchema } from "@/lib/validation/auth";

const wrongPassword = (field: string) =>
  new ActionError("failed", "currentPasswordWrong", { [field]: "validation.currentPasswordWrong" }, "wrongPassword");

export const changePassword = defineAction({
  name: "account.changePassword",
  permission: "account.manageOwn",
  input: changePasswordSchema,
  handler: async ({ input, user, db }) => {
    const problem = checkPassword(input.newPassword, { email: user!.email });
    if (problem) throw new ActionError("invalid", "invalidInput", { newPassword: `validation.password_${problem}` }, `password_${problem}`);
    const auth = await getAuth();
    try {
      await auth.api.changePassword({
        body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: false },
        headers: await headers(),
      });
    } catch (err) {
      if (err instanceof APIError) throw wrongPassword("currentPassword");
      throw err;
    }
    // Other sessions end: a changed password must lock out whoever knew the old one. The
    // current session stays as it is (the library's own option would swap its cookie mid-request).
    await deleteSessionsOfUser(db, user!.userId, user!.sessionId);
    return { changed: true };
  },
});

export const startTwoFactorSetup = defineAction({
  name: "account.startTwoFactor",
  permission: "account.manageOwn",
  input: enableTwoFactorSchema,
  handler: async ({ input }) => {
    const auth = await getAuth();
    try {
      const result = await auth.api.enableTwoFactor({ body: { password: input.password, method: "totp" }, headers: await headers() });
      if (result.method !== "totp") throw new Error("expected a TOTP setup");
      const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
      return { totpURI: result.totpURI, secret, backupCodes: result.backupCodes };
    } catch (err) {
      if (err instanceof APIError) throw wrongPassword("password");
      throw err;
    }
  },
});

export const confirmTwoFactorSetup = defineAction({
  name: "account.confirmTwoFactor",
  permission: "account.manageOwn",
  input: twoFactorCodeSchema,
  handler: async ({ input }) => {
    const auth = await getAuth();
    try {
      await auth.api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
    } catch (err) {
      if (err instanceof APIError) throw new ActionError("failed", "twoFactorCodeWrong", { code: "validation.totpCodeWrong" }, "badCode");
      throw err;
    }
    return { enabled: true };
  },
});

export const disableTwoFactor = defineAction({
  name: "account.disableTwoFactor",
  permission: "account.manageOwn",
  input: enableTwoFactorSchema,
  handler: async ({ input, user, db }) => {
    if ((await getTwoFactorRequiredRoles(db)).includes(user!.role)) {
      throw new ActionError("forbidden", "twoFactorRequiredForRole", undefined, "requiredForRole");
    }
    const auth = await getAuth();
    try {
      await auth.api.disableTwoFactor({ body: { password: input.password }, headers: await headers() });
    } catch (err) {
      if (err instanceof APIError) throw wrongPassword("password");
      throw err;
    }
    return { disabled: true };
  },
});
