import { expect, test } from "@playwright/test";
import { freshEmail } from "../support/invite";
import { storageStateOf } from "../support/roles";
import { callServerAction, listServerActions } from "../support/server-actions";

// The one-time link goes to the invitee by mail: a request naming another host must not be able
// to point it at a site that would collect the token. The link's address comes from APP_URL.
test.describe("invitation links", () => {
  test.use({ storageState: storageStateOf("secretariat") });

  test("a forged Host header does not change the link shown and mailed", async ({ page, baseURL }) => {
    const invite = listServerActions().find((a) => a.name === "inviteUser")!;
    const linkIn = (body: string) => new URL(/"link":"([^"]+)"/.exec(body)![1]!);
    const sample = (label: string) => ({ email: freshEmail(label), role: "ngo" });

    const honest = await callServerAction(page.request, baseURL!, invite, sample("link-honest"));
    expect(honest.ok, honest.body).toBe(true);
    // Host, forwarded host and origin agree, so Next.js's own same-origin check lets it through.
    const forgedHost = "attacker.example";
    const forged = await callServerAction(page.request, baseURL!, invite, sample("link-forged"), {
      Host: forgedHost,
      "X-Forwarded-Host": forgedHost,
      "X-Forwarded-Proto": "https",
      Origin: `https://${forgedHost}`,
    });
    expect(forged.ok, forged.body).toBe(true);
    expect(linkIn(forged.body).hostname).not.toBe(forgedHost);
    expect(linkIn(forged.body).origin).toBe(linkIn(honest.body).origin);
    expect(linkIn(forged.body).pathname).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
  });
});
