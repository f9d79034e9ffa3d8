import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-muted">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand underline underline-offset-4">
          {t("goHome")}
        </Link>
      </p>
    </div>
  );
}
