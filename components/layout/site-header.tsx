import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const user = await getCurrentUser();
  const locale = await getLocale();
  return (
    <header className="no-print bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-h-11 flex-col justify-center rounded">
          <span className="text-lg font-semibold leading-tight">{t("brand")}</span>
          <span className="text-xs text-white/90">{t("brandTagline")}</span>
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-1">
            <li>
              <NavLink href="/">{t("navHome")}</NavLink>
            </li>
            <li>
              <NavLink href="/framework">{t("navFramework")}</NavLink>
            </li>
            {user ? (
              <>
                <li>
                  <NavLink href="/workspace">{t("navWorkspace")}</NavLink>
                </li>
                <li>
                  <NavLink href="/assessments">{t("navAssessments")}</NavLink>
                </li>
                {can(user.role, "comparison.read") ? (
                  <li>
                    <NavLink href="/compare">{t("navCompare")}</NavLink>
                  </li>
                ) : null}
                {can(user.role, "country.readOwn") ? (
                  <li>
                    <NavLink href="/peers">{t("navPeers")}</NavLink>
                  </li>
                ) : null}
                {can(user.role, "user.read") ? (
                  <li>
                    <NavLink href="/admin/users">{t("navAdmin")}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink href="/account">{t("navAccount")}</NavLink>
                </li>
                <li>
                  <SignOutButton className="hover:bg-white/10" />
                </li>
              </>
            ) : (
              <li>
                <NavLink href="/sign-in">{t("signIn")}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitcher current={isLocale(locale) ? locale : "en"} />
      </div>
    </header>
  );
}
