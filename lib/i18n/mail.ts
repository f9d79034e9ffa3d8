// Mail texts in a chosen language, outside any request: an invitation goes out in the language
// the inviter picked for the invitee, whatever the inviter's own interface language is.
import { createTranslator } from "next-intl";
import type { Locale } from "./config";

export interface MailContent {
  subject: string;
  text: string;
}

export async function invitationMail(locale: Locale, params: { link: string; expires: string }): Promise<MailContent> {
  const messages = (await import(`./messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "mail" });
  return { subject: t("inviteSubject"), text: t("inviteBody", params) };
}
