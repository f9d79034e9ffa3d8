"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action-result";

export function RemoveItemButton({ label, remove }: { label: string; remove: () => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await remove().catch(() => null);
          router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}
