"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { sensitivities } from "@/lib/validation/assessment";

/** Multipart upload to the route handler; what may be uploaded is decided on the server from the bytes. */
export function UploadForm({ assessmentId, capabilityKey }: { assessmentId: string; capabilityKey: string }) {
  const t = useTranslations("uploads");
  const te = useTranslations("evidence");
  const router = useRouter();
  const ids = { file: useId(), sensitivity: useId() };
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      ref={formRef}
      aria-label={t("title")}
      className="grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const file = data.get("file");
        if (!(file instanceof File) || file.size === 0) {
          setMessage({ tone: "error", text: t("chooseFile") });
          return;
        }
        data.set("capabilityKey", capabilityKey);
        setBusy(true);
        setMessage(null);
        try {
          const res = await fetch(`/api/assessments/${assessmentId}/files`, { method: "POST", body: data });
          const body = (await res.json().catch(() => ({}))) as { error?: string };
          if (res.ok) {
            formRef.current?.reset();
            setMessage({ tone: "success", text: t("uploaded") });
            router.refresh();
          } else setMessage({ tone: "error", text: body.error ?? t("failed") });
        } catch {
          setMessage({ tone: "error", text: t("failed") });
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="md:col-span-2 space-y-2">
        <p className="text-sm">{t("rules")}</p>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.file} className="block font-medium">{t("file")}</label>
        <input id={ids.file} name="file" type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv" className="block min-h-11 w-full text-sm" />
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.sensitivity} className="block font-medium">{te("fieldSensitivity")}</label>
        <select id={ids.sensitivity} name="sensitivity" defaultValue="internal" className="block min-h-11 w-full rounded border border-slate-500 bg-white px-3 py-2">
          {sensitivities.map((s) => (
            <option key={s} value={s}>{te(`sensitivity.${s}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <Button variant="secondary" disabled={busy}>{busy ? t("uploading") : t("upload")}</Button>
      </div>
    </form>
  );
}
