"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { revokeInvitation } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("adminUsers");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await revokeInvitation({ invitationId }).catch(() => null);
          router.refresh();
        })
      }
    >
      {t("revoke", { email })}
    </Button>
  );
}
