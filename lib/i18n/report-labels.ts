import { getLocale, getTranslations } from "next-intl/server";
import { englishLabels, type LabelKey, type ReportLabels } from "@/lib/export";

/**
 * The report serialisers' labels from the catalogue's "report" section, raw (placeholders
 * are filled by the serialisers), in the reader's language.
 */
export async function getReportLabels(): Promise<ReportLabels> {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const entries = (Object.keys(englishLabels) as LabelKey[]).map((key) => [key, key === "locale" ? locale : (t.raw(key as never) as string)]);
  return Object.fromEntries(entries) as ReportLabels;
}
