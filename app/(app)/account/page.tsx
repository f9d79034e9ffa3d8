import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { getDb } from "@/db/client";
import { getTwoFactorRequiredRoles } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requirePermission("account.manageOwn", "/account");
  const t = await getTranslations("account");
  const tr = await getTranslations("roles");
  const required = (await getTwoFactorRequiredRoles(await getDb())).includes(user.role);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <dl className="mt-4 grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium">{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium">{t("role")}</dt>
          <dd>{tr(user.role)}</dd>
          {user.countryIso2 ? (
            <>
              <dt className="font-medium">{t("country")}</dt>
              <dd>{user.countryIso2}</dd>
            </>
          ) : null}
        </dl>
      </header>
      {user.mustSetUpTwoFactor ? (
        <p role="alert" className="rounded border-s-4 border-amber-600 bg-amber-50 p-3">
          {t("twoFactorRequired")}
        </p>
      ) : null}
      <section aria-labelledby="password-title">
        <h2 id="password-title" className="mb-4 text-2xl font-semibold">{t("passwordTitle")}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="two-factor-title" id="two-factor" tabIndex={-1}>
        <h2 id="two-factor-title" className="mb-4 text-2xl font-semibold">{t("twoFactorTitle")}</h2>
        <TwoFactorSection enabled={user.twoFactorEnabled} required={required} />
      </section>
    </div>
  );
}
