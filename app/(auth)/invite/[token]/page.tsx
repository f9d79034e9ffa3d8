import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { getDb } from "@/db/client";
import { findUsableInvitation } from "@/db/queries/invitations";
import { hashToken } from "@/lib/auth/tokens";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tr = await getTranslations("roles");
  const valid = /^[A-Za-z0-9_-]{20,100}$/.test(token);
  const invitation = valid ? await findUsableInvitation(await getDb(), hashToken(token), new Date()) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      {invitation ? (
        <>
          <p className="mt-2">
            {t("intro", { email: invitation.email, role: tr(invitation.role as never) })}
            {invitation.countryIso2 ? ` ${t("forCountry", { country: invitation.countryIso2 })}` : null}
          </p>
          <div className="mt-6 rounded-lg border border-line bg-white p-6">
            <AcceptInvitationForm token={token} />
          </div>
        </>
      ) : (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3">
          {t("unusable")}
        </p>
      )}
    </div>
  );
}
