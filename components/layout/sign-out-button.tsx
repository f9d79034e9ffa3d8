"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { signOut } from "@/app/(auth)/sign-in/actions";

export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("layout");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={`inline-flex min-h-11 items-center rounded px-3 py-2 text-sm font-medium ${className}`}
      onClick={() =>
        start(async () => {
          await signOut({});
          router.replace("/");
          router.refresh();
        })
      }
    >
      {t("signOut")}
    </button>
  );
}
