import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/layout/nav-link";

// Navigation only: each admin page checks its own permission.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-6">
      <nav aria-label={t("adminNav")} className="no-print rounded bg-brand text-white">
        <ul className="flex flex-wrap gap-1 px-2 py-1">
          <li><NavLink href="/admin/users">{t("linkUsers")}</NavLink></li>
          <li><NavLink href="/admin/audit">{t("linkAudit")}</NavLink></li>
          <li><NavLink href="/admin/security">{t("linkSecurity")}</NavLink></li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
