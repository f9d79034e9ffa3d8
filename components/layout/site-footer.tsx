import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t("footerNote")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/methodology" className="inline-flex min-h-6 items-center text-brand underline underline-offset-4">{t("navMethodology")}</Link>
            </li>
            <li>
              <Link href="/accessibility" className="inline-flex min-h-6 items-center text-brand underline underline-offset-4">{t("navAccessibility")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
