"use server";

import { setTwoFactorRequiredRoles } from "@/db/queries/settings";
import { defineAction } from "@/lib/auth/action";
import { twoFactorPolicySchema } from "@/lib/validation/auth";

export const setTwoFactorPolicy = defineAction({
  name: "settings.twoFactorPolicy",
  permission: "settings.manage",
  input: twoFactorPolicySchema,
  handler: async ({ input, user, db, note }) => {
    const roles = [...new Set(input.roles)];
    note({ roles: roles.join(",") });
    await setTwoFactorRequiredRoles(db, roles, user!.userId);
    return { roles };
  },
  target: () => ({ type: "setting", id: "twoFactorRequiredRoles" }),
});
