import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, invited } = await searchParams;
  // Checked before any use: the value reaches a Location header here and the router later.
  const returnTo = safeReturnPath(next);
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      {invited ? (
        <p role="status" className="mt-4 rounded border-s-4 border-emerald-700 bg-emerald-50 p-3">
          {t("accountCreated")}
        </p>
      ) : null}
      <div className="mt-6 rounded-lg border border-line bg-white p-6">
        <SignInForm next={next === undefined ? undefined : returnTo} />
      </div>
    </div>
  );
}
