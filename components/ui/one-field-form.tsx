"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/auth/action-result";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field } from "./field";
import { useActionForm } from "./use-action-form";
import { useFieldError } from "./use-field-error";

interface Props<R> {
  schema: z.ZodType<Record<string, string>, Record<string, string>>;
  name: string;
  label: string;
  submitLabel: string;
  submit: (values: Record<string, string>) => Promise<ActionResult<R>>;
  onDone: (data: R) => void;
  intro?: string;
  type?: string;
  inputMode?: "numeric";
  autoComplete?: string;
  variant?: "primary" | "danger";
}

/** A form of one field sent to one server action: a password confirmation, a 6-digit code. */
export function OneFieldForm<R>({ schema, name, label, submitLabel, submit, onDone, intro, type, inputMode, autoComplete, variant }: Props<R>) {
  const te = useTranslations("errors");
  const fieldError = useFieldError();
  const form = useForm<Record<string, string>>({ resolver: zodResolver(schema), defaultValues: { [name]: "" } });
  const { formError, run } = useActionForm(form.setError, te("network"));
  const onSubmit = form.handleSubmit(async (values) => {
    const data = await run(() => submit(values));
    if (data !== null) onDone(data);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {intro ? <p>{intro}</p> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={label} type={type} inputMode={inputMode} autoComplete={autoComplete} registration={form.register(name)} error={fieldError(form.formState.errors[name])} />
      <Button variant={variant} disabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
