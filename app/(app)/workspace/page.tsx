import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCountry } from "@/db/queries/countries";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

export default async function WorkspacePage() {
  const user = await requirePermission("workspace.read", "/workspace");
  const t = await getTranslations("workspace");
  const tr = await getTranslations("roles");
  const scope = scopeOf(user);
  const country = scope.kind === "country" ? await getCountry(await getDb(), scope, scope.countryIso2) : null;
  const links = [
    { href: "/assessments", label: scope.kind === "country" ? t("linkAssessments") : t("linkSharedAssessments"), show: true },
    { href: "/framework", label: t("linkFramework"), show: true },
    { href: "/account", label: t("linkAccount"), show: can(user.role, "account.manageOwn") },
    { href: "/admin/users", label: t("linkUsers"), show: can(user.role, "user.read") },
    { href: "/admin/audit", label: t("linkAudit"), show: can(user.role, "audit.read") },
    { href: "/admin/security", label: t("linkSecurity"), show: can(user.role, "settings.manage") },
  ].filter((l) => l.show);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2">{t("signedInAs", { name: user.name, role: tr(user.role) })}</p>
      </header>
      {country ? (
        <section aria-labelledby="country-title" className="max-w-2xl rounded-lg border border-line bg-white p-5">
          <h2 id="country-title" className="text-xl font-semibold">{t("yourCountry")}</h2>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            <dt className="font-medium">{t("countryName")}</dt>
            <dd>{country.name}</dd>
            <dt className="font-medium">{t("region")}</dt>
            <dd>{country.intermediateRegion ?? country.subRegion}, {country.region}</dd>
            <dt className="font-medium">{t("incomeGroup")}</dt>
            <dd>{country.incomeGroup ? t(`income.${country.incomeGroup}` as never) : t("income.unclassified")}</dd>
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="links-title">
        <h2 id="links-title" className="text-xl font-semibold">{t("whatYouCanDo")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="flex min-h-11 items-center rounded border border-line bg-white p-4 font-medium text-brand hover:bg-brand-soft">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
