"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

interface ShellProps {
  label: string;
  hint?: string;
  error?: string;
  children: (control: { id: string; describedBy?: string; className: string; invalid?: true }) => React.ReactNode;
}

// Label, hint and error are tied to the control so screen readers announce them together.
function FieldShell({ label, hint, error, children }: ShellProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const className = `block min-h-11 w-full rounded border bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, className, invalid: error ? true : undefined })}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
}

export function Field({ registration, type = "text", autoComplete, inputMode, ...shell }: FieldProps) {
  return (
    <FieldShell {...shell}>
      {(c) => (
        <input
          id={c.id}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={c.invalid}
          aria-describedby={c.describedBy}
          className={c.className}
          {...registration}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  registration,
  options,
  ...shell
}: {
  label: string;
  error?: string;
  hint?: string;
  registration: UseFormRegisterReturn;
  /** `lang` for a label in another language than the page (a language's own name). */
  options: { value: string; label: string; lang?: string }[];
}) {
  return (
    <FieldShell {...shell}>
      {(c) => (
        <select id={c.id} aria-invalid={c.invalid} aria-describedby={c.describedBy} className={c.className} {...registration}>
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function TextAreaField({ registration, rows = 3, ...shell }: { label: string; error?: string; hint?: string; registration: UseFormRegisterReturn; rows?: number }) {
  return (
    <FieldShell {...shell}>
      {(c) => <textarea id={c.id} rows={rows} aria-invalid={c.invalid} aria-describedby={c.describedBy} className={c.className} {...registration} />}
    </FieldShell>
  );
}
