import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-4">{t("forbiddenBody")}</p>
      <p className="mt-6">
        <Link href="/workspace" className="font-medium text-brand underline underline-offset-4">
          {t("goWorkspace")}
        </Link>
      </p>
    </div>
  );
}
