"use server";

import { claimInvitation, findUsableInvitation } from "@/db/queries/invitations";
import { getUserByEmail } from "@/db/queries/users";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import { createAccount } from "@/lib/auth/accounts";
import { checkPassword } from "@/lib/auth/password-policy";
import { isRole } from "@/lib/auth/roles";
import { hashToken } from "@/lib/auth/tokens";
import { acceptInvitationSchema } from "@/lib/validation/auth";

export const acceptInvitation = defineAction({
  name: "invitation.accept",
  permission: "public",
  input: acceptInvitationSchema,
  handler: async ({ input, db, note }) => {
    const now = new Date();
    const invitation = await findUsableInvitation(db, hashToken(input.token), now);
    if (!invitation || !isRole(invitation.role)) throw new ActionError("notFound", "invitationInvalid", undefined, "invitationUnusable");
    note({ invitationId: invitation.id });
    const problem = checkPassword(input.password, { email: invitation.email });
    if (problem) throw new ActionError("invalid", "invalidInput", { password: `validation.password_${problem}` }, `password_${problem}`);
    if (await getUserByEmail(db, invitation.email)) throw new ActionError("conflict", "userExists", undefined, "userExists");
    // Claim first: of two simultaneous uses of one link, only one gets past this line.
    if (!(await claimInvitation(db, invitation.id, now))) throw new ActionError("notFound", "invitationInvalid", undefined, "invitationRace");
    const user = await createAccount({
      email: invitation.email,
      name: input.name,
      password: input.password,
      role: invitation.role,
      countryIso2: invitation.countryIso2,
    });
    return { userId: user.id, email: invitation.email };
  },
  target: (_input, result) => ({ type: "user", id: result?.userId ?? null }),
});
