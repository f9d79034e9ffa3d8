"use client";

import { useTranslations } from "next-intl";
import { revokeInvitation } from "@/app/(app)/admin/users/actions";
import { RemoveItemButton } from "@/components/assessment/remove-item-button";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("adminUsers");
  return <RemoveItemButton label={t("revoke", { email })} remove={() => revokeInvitation({ invitationId })} />;
}
