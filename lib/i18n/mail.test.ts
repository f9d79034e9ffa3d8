import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { invitationMail } from "./mail";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";

const params = { link: "https://mnr.example/invite/abc123", expires: "2026-12-05" };

describe("invitationMail", () => {
  it("writes the invitation in the language chosen for it, with the link and the expiry date", async () => {
    const french = await invitationMail("fr", params);
    expect(french.subject).toBe(fr.mail.inviteSubject);
    expect(french.text).toContain(params.link);
    expect(french.text).toContain(params.expires);
    expect(french.text.startsWith(fr.mail.inviteBody.slice(0, 20))).toBe(true);
    expect((await invitationMail("ar", params)).subject).toBe(ar.mail.inviteSubject);
    expect((await invitationMail("en", params)).subject).toBe(en.mail.inviteSubject);
  });

  it("has a distinct text in every language, with no placeholder left unfilled", async () => {
    const mails = await Promise.all(locales.map((l) => invitationMail(l, params)));
    expect(new Set(mails.map((m) => m.subject)).size).toBe(locales.length);
    for (const m of mails) expect(m.text).not.toMatch(/\{\w+\}/);
  });
});
