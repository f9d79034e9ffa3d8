import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TwoFactorPolicyForm } from "@/components/admin/two-factor-policy-form";
import { getDb } from "@/db/client";
import { getTwoFactorRequiredRoles } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  await requirePermission("settings.manage", "/admin/security");
  const t = await getTranslations("security");
  const required = await getTwoFactorRequiredRoles(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <TwoFactorPolicyForm required={required} />
    </div>
  );
}
