"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/auth/action-result";

/**
 * Runs a server action from a form and maps its field errors back onto the form,
 * so client and server refusals look the same to the user.
 */
export function useActionForm<T extends FieldValues>(setError: UseFormSetError<T>, networkError: string) {
  const [formError, setFormError] = useState<string | null>(null);
  async function run<R>(call: () => Promise<ActionResult<R>>): Promise<R | null> {
    setFormError(null);
    let result: ActionResult<R>;
    try {
      result = await call();
    } catch {
      // The request never completed: what the user typed is still in the form.
      result = { ok: false, code: "error", message: networkError };
    }
    if (result.ok) return result.data;
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as Path<T>, { type: "server", message });
    }
    setFormError(result.message || null);
    return null;
  }
  return { formError, setFormError, run };
}
