import { getTranslations } from "next-intl/server";

export async function FrameworkMissing() {
  const t = await getTranslations("framework");
  return (
    <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
      {t("notLoaded")}
    </p>
  );
}
