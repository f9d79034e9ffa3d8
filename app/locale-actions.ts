"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/auth/action";
import { localeCookie } from "@/lib/i18n/config";
import { chooseLanguageSchema } from "@/lib/validation/locale";

/** The interface language, remembered in this browser for a year; anyone may choose it. */
export const chooseLanguage = defineAction({
  name: "locale.choose",
  permission: "public",
  input: chooseLanguageSchema,
  handler: async ({ input, note }) => {
    (await cookies()).set(localeCookie, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
    note({ locale: input.locale });
    return { locale: input.locale };
  },
  target: (i) => ({ type: "locale", id: i.locale }),
});
