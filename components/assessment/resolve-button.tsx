"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { resolveComment } from "@/app/(app)/assessments/actions";
import { Button } from "@/components/ui/button";

export function ResolveButton({ assessmentId, commentId, resolved }: { assessmentId: string; commentId: string; resolved: boolean }) {
  const t = useTranslations("assessments.comments");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await resolveComment({ assessmentId, commentId, resolved: !resolved }).catch(() => null);
          router.refresh();
        })
      }
    >
      {resolved ? t("reopen") : t("resolve")}
    </Button>
  );
}
