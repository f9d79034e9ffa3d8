import { getTranslations } from "next-intl/server";
import type { Status } from "@/lib/assessment/workflow";

const tones: Record<Status, string> = {
  draft: "border-slate-400 bg-slate-50 text-slate-900",
  submitted: "border-sky-700 bg-sky-50 text-sky-900",
  returned: "border-amber-700 bg-amber-50 text-amber-900",
  validated: "border-emerald-700 bg-emerald-50 text-emerald-900",
};

export async function StatusBadge({ status }: { status: Status }) {
  const t = await getTranslations("assessments.status");
  return <span className={`inline-flex rounded border px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>;
}
