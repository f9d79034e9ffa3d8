import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { RevokeInvitationButton } from "@/components/admin/revoke-invitation-button";
import { UserControls } from "@/components/admin/user-controls";
import { getDb } from "@/db/client";
import { listCountries } from "@/db/queries/countries";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listUsers } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { isRole } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

export default async function UsersPage() {
  const me = await requirePermission("user.read", "/admin/users");
  const t = await getTranslations("adminUsers");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const db = await getDb();
  const [users, invitations, countries] = await Promise.all([listUsers(db), listPendingInvitations(db), listCountries(db)]);
  const countryOptions = countries.map((c) => ({ value: c.iso2, label: c.name }));
  const pending = invitations;
  return (
    <div className="space-y-12">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>

      {can(me.role, "user.invite") ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title" className="mb-4 text-2xl font-semibold">{t("inviteTitle")}</h2>
          <InviteUserForm countries={countryOptions} />
        </section>
      ) : null}

      <section aria-labelledby="pending-title">
        <h2 id="pending-title" className="mb-4 text-2xl font-semibold">{t("pendingTitle")}</h2>
        {pending.length === 0 ? (
          <p className="text-muted">{t("noPending")}</p>
        ) : (
          <ul className="space-y-3">
            {pending.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-line bg-white p-4">
                <span>
                  <span className="font-medium">{i.email}</span> · {isRole(i.role) ? tr(i.role) : i.role}
                  {i.countryName ? ` · ${i.countryName}` : ""} · {t("expires", { date: format.dateTime(i.expiresAt, { dateStyle: "medium" }) })}
                </span>
                {can(me.role, "user.invite") ? <RevokeInvitationButton invitationId={i.id} email={i.email} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="users-title">
        <h2 id="users-title" className="mb-4 text-2xl font-semibold">{t("usersTitle", { count: users.length })}</h2>
        <ul className="space-y-4">
          {users.map((u) => (
            <li key={u.id} className="rounded-lg border border-line bg-white p-4" data-testid={`user-${u.email}`}>
              <p>
                <span className="font-semibold">{u.name}</span> · {u.email}
              </p>
              <p className="text-sm text-muted">
                {isRole(u.role) ? tr(u.role) : u.role}
                {u.countryName ? ` · ${u.countryName}` : ""} · {u.active ? t("active") : t("inactive")}
                {u.twoFactorEnabled ? ` · ${t("twoFactorOn")}` : ""}
                {u.isDemo ? ` · ${t("demo")}` : ""}
              </p>
              {can(me.role, "user.manage") && u.id !== me.userId && isRole(u.role) ? (
                <div className="mt-3">
                  <UserControls userId={u.id} email={u.email} role={u.role} countryIso2={u.countryIso2} active={u.active} countries={countryOptions} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
