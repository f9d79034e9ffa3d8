import { z } from "zod";
import { passwordMaxLength, passwordMinLength } from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/roles";
import { locales } from "@/lib/i18n/config";
import { recordId, text } from "./text";

// One schema per form, used by the react-hook-form resolver and parsed again on the server.
// Messages are keys of the translation catalogue.

const email = text()
  .trim()
  .toLowerCase()
  .min(1, "validation.emailRequired")
  .max(254, "validation.emailInvalid")
  .pipe(z.email("validation.emailInvalid"));

/** Length only here: the common-password and email checks run on the server (password-policy.ts). */
export const newPassword = text()
  .refine((v) => [...v].length >= passwordMinLength, "validation.passwordTooShort")
  .refine((v) => [...v].length <= passwordMaxLength, "validation.passwordTooLong");

export const signInSchema = z.strictObject({
  email,
  // No length rule at sign-in: the message must not hint at why a sign-in failed.
  password: text().min(1, "validation.passwordRequired").max(1024, "validation.passwordRequired"),
  next: text().max(500).optional(),
});

export const twoFactorCodeSchema = z.strictObject({
  code: text().trim().regex(/^\d{6}$/, "validation.totpCode"),
});

/** A backup code as shown at set-up ("abcde-12345"); typed without the dash, it is added back. */
export const backupCodeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, "validation.backupCode")
    .transform((v) => `${v.slice(0, 5)}-${v.slice(-5)}`),
});

export const acceptInvitationSchema = z
  .strictObject({
    token: text().regex(/^[A-Za-z0-9_-]{20,100}$/, "validation.invitationInvalid"),
    name: text().trim().min(1, "validation.nameRequired").max(120, "validation.nameTooLong"),
    password: newPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordsDiffer" });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: text().min(1, "validation.passwordRequired").max(1024),
    newPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordsDiffer" });

const role = z.enum(roles, "validation.roleRequired");
const countryCode = text().regex(/^[A-Z]{2}$/, "validation.countryRequired");
const needsCountry = (r: string) => r === "contributor" || r === "focal_point";

export const inviteUserSchema = z
  .strictObject({
    email,
    role,
    countryIso2: z.union([countryCode, z.literal("")]).optional(),
    /** The invitation email's language; the inviter's own when not given. */
    language: z.enum(locales, "validation.languageRequired").optional(),
  })
  .refine((v) => !needsCountry(v.role) || !!v.countryIso2, { path: ["countryIso2"], message: "validation.countryRequired" })
  .transform((v) => ({ ...v, countryIso2: needsCountry(v.role) ? v.countryIso2! : null }));

export const changeRoleSchema = z
  .strictObject({
    userId: recordId(),
    role,
    countryIso2: z.union([countryCode, z.literal("")]).optional(),
  })
  .refine((v) => !needsCountry(v.role) || !!v.countryIso2, { path: ["countryIso2"], message: "validation.countryRequired" })
  .transform((v) => ({ ...v, countryIso2: needsCountry(v.role) ? v.countryIso2! : null }));

export const setUserActiveSchema = z.strictObject({
  userId: recordId(),
  active: z.boolean(),
});

export const revokeInvitationSchema = z.strictObject({ invitationId: recordId() });

export const enableTwoFactorSchema = z.strictObject({
  password: text().min(1, "validation.passwordRequired").max(1024),
});

export const twoFactorPolicySchema = z.strictObject({
  roles: z.array(role).max(roles.length),
});

export const emptySchema = z.strictObject({});
