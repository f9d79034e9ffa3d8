"use server";

import { randomUUID } from "node:crypto";
import { getLocale } from "next-intl/server";
import { countryExists } from "@/db/queries/countries";
import { createInvitation, revokeInvitation as revokeInvitationRow } from "@/db/queries/invitations";
import { getUserByEmail, getUserById, setUserActive as setUserActiveRow, setUserRole } from "@/db/queries/users";
import { defineAction } from "@/lib/auth/action";
import { ActionError } from "@/lib/auth/action-result";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { appBaseUrl, readEnv } from "@/lib/env";
import { summariseError } from "@/lib/security/error-summary";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { invitationMail } from "@/lib/i18n/mail";
import { sendMail } from "@/lib/mail";
import { changeRoleSchema, inviteUserSchema, revokeInvitationSchema, setUserActiveSchema } from "@/lib/validation/auth";

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export const inviteUser = defineAction({
  name: "user.invite",
  permission: "user.invite",
  input: inviteUserSchema,
  handler: async ({ input, user, db, note }) => {
    if (input.countryIso2 && !(await countryExists(db, input.countryIso2)))
      throw new ActionError("invalid", "invalidInput", { countryIso2: "validation.countryRequired" }, "unknownCountry");
    if (await getUserByEmail(db, input.email)) throw new ActionError("conflict", "userExists", { email: "validation.userExists" }, "userExists");
    const token = createToken();
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + invitationLifetimeMs);
    await createInvitation(db, { id, email: input.email, role: input.role, countryIso2: input.countryIso2, tokenHash: hashToken(token), expiresAt, createdBy: user!.userId });
    // From the configured address only: the request's Host header is the sender's to choose.
    const link = `${appBaseUrl(readEnv())}/invite/${token}`;
    const inviterLocale = await getLocale();
    const language = input.language ?? (isLocale(inviterLocale) ? inviterLocale : defaultLocale);
    const mail = await invitationMail(language, { link, expires: expiresAt.toISOString().slice(0, 10) });
    let mailed = false;
    try {
      mailed = await sendMail(input.email, mail.subject, mail.text);
    } catch (err) {
      // Never the error itself: a mail error may quote the message, and with it the one-time link.
      console.error(`invitation mail failed: ${summariseError(err)}`);
    }
    note({ role: input.role, country: input.countryIso2, mailed, language });
    return { invitationId: id, link, expiresAt: expiresAt.toISOString(), mailed };
  },
  target: (_i, r) => ({ type: "invitation", id: r?.invitationId ?? null }),
});

export const revokeInvitation = defineAction({
  name: "invitation.revoke",
  permission: "user.invite",
  input: revokeInvitationSchema,
  handler: async ({ input, db }) => {
    if (!(await revokeInvitationRow(db, input.invitationId, new Date()))) throw new ActionError("notFound", "invitationNotRevocable");
    return { revoked: true };
  },
  target: (i) => ({ type: "invitation", id: i.invitationId }),
});

export const changeUserRole = defineAction({
  name: "user.changeRole",
  permission: "user.manage",
  input: changeRoleSchema,
  handler: async ({ input, user, db, note }) => {
    if (input.userId === user!.userId) throw new ActionError("forbidden", "cannotChangeOwnAccount", undefined, "self");
    const target = await getUserById(db, input.userId);
    if (!target) throw new ActionError("notFound", "userNotFound");
    if (input.countryIso2 && !(await countryExists(db, input.countryIso2)))
      throw new ActionError("invalid", "invalidInput", { countryIso2: "validation.countryRequired" }, "unknownCountry");
    note({ fromRole: target.role, toRole: input.role, fromCountry: target.countryIso2, toCountry: input.countryIso2 });
    await setUserRole(db, input.userId, input.role, input.countryIso2);
    return { changed: true };
  },
  target: (i) => ({ type: "user", id: i.userId }),
});

export const setUserActive = defineAction({
  name: "user.setActive",
  permission: "user.manage",
  input: setUserActiveSchema,
  handler: async ({ input, user, db, note }) => {
    if (input.userId === user!.userId) throw new ActionError("forbidden", "cannotChangeOwnAccount", undefined, "self");
    note({ active: input.active });
    if (!(await setUserActiveRow(db, input.userId, input.active))) throw new ActionError("notFound", "userNotFound");
    return { active: input.active };
  },
  target: (i) => ({ type: "user", id: i.userId }),
});
