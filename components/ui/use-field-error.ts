"use client";

import { useTranslations } from "next-intl";
import type { FieldError } from "react-hook-form";

/** Client-side zod messages are catalogue keys; server messages arrive translated. */
export function useFieldError() {
  const t = useTranslations();
  return (error: FieldError | undefined): string | undefined => {
    if (!error?.message) return undefined;
    return error.message.startsWith("validation.") ? t(error.message as never) : error.message;
  };
}
