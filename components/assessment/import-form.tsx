"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

interface Problem {
  row: number | null;
  path: string;
  message: string;
}

/**
 * Multipart upload to the import route; its refusals are listed, each with where to look.
 * A file over `maxBytes` is refused here, before any of it is sent.
 */
export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("import");
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setProblems([]);
    setFieldErrors({});
    const chosen = new FormData(e.currentTarget).get("file");
    if (chosen instanceof File && chosen.size > maxBytes) {
      setError(t("tooLarge"));
      setFieldErrors({ file: t("tooLarge") });
      setBusy(false);
      return;
    }
    try {
      const res = await fetch("/api/assessments/import", { method: "POST", body: new FormData(e.currentTarget) });
      const body = (await res.json().catch(() => ({}))) as { id?: string; error?: string; problems?: Problem[]; fieldErrors?: Record<string, string> };
      if (res.status === 201 && body.id) {
        router.push(`/assessments/${body.id}`);
        return;
      }
      setError(body.error ?? te("network"));
      setProblems(body.problems ?? []);
      setFieldErrors(body.fieldErrors ?? {});
    } catch {
      setError(te("network"));
    } finally {
      setBusy(false);
    }
  }
  const field = (name: string, label: string, input: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className="block font-medium">{label}</label>
      {input}
      {fieldErrors[name] ? <p id={`${id}-${name}-e`} className="text-sm font-medium text-red-800">{fieldErrors[name]}</p> : null}
    </div>
  );
  const cls = "block min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-white p-4" aria-label={t("title")}>
      {error ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900" data-testid="import-problems">
          <p className="font-medium">{error}</p>
          {problems.length ? (
            <ul className="mt-2 list-disc ps-6">
              {problems.map((p, i) => <li key={i}>{p.row !== null ? t("problemAt", { row: p.row, path: p.path, message: p.message }) : t("problemPath", { path: p.path, message: p.message })}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
      {field("file", t("file"), <input id={`${id}-file`} name="file" type="file" accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={cls} aria-invalid={fieldErrors.file ? true : undefined} aria-describedby={fieldErrors.file ? `${id}-file-e` : undefined} />)}
      <ImportMeta id={id} cls={cls} fieldErrors={fieldErrors} />
      <Button disabled={busy}>{t("submit")}</Button>
      {busy ? <Alert tone="info">{t("submit")}…</Alert> : null}
    </form>
  );
}

function ImportMeta({ id, cls, fieldErrors }: { id: string; cls: string; fieldErrors: Record<string, string> }) {
  const t = useTranslations("import");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["title", "period"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`${id}-${name}`} className="block font-medium">{t(name === "title" ? "fieldTitle" : "fieldPeriod")}</label>
          <input id={`${id}-${name}`} name={name} className={cls} aria-invalid={fieldErrors[name] ? true : undefined} aria-describedby={fieldErrors[name] ? `${id}-${name}-e` : undefined} />
          {fieldErrors[name] ? <p id={`${id}-${name}-e`} className="text-sm font-medium text-red-800">{fieldErrors[name]}</p> : null}
        </div>
      ))}
    </div>
  );
}
