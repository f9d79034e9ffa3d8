import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/assessment/import-form";
import { NewAssessmentForm } from "@/components/assessment/new-assessment-form";
import { getDb } from "@/db/client";
import { findLatestValidated } from "@/db/queries/assessments";
import { TEMPLATE_MAX_ROWS, ZIP_LIMITS } from "@/lib/export/import-limits";
import { IMPORT_LIMITS } from "@/lib/export/json-schema";
import { requirePermission } from "@/lib/auth/guard";

const MB = 1024 * 1024;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("new") };
}

export default async function NewAssessmentPage() {
  const user = await requirePermission("assessment.create", "/assessments/new");
  const t = await getTranslations("assessments");
  const ti = await getTranslations("import");
  const previous = await findLatestValidated(await getDb(), user.countryIso2!);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">{t("new")}</h1>
      <p className="max-w-3xl">{t("newIntro")}</p>
      <NewAssessmentForm baselineTitle={previous ? `${previous.title} (${previous.period})` : null} />
      <section aria-labelledby="import-title" className="space-y-3">
        <h2 id="import-title" className="text-2xl font-semibold">{ti("title")}</h2>
        <p className="max-w-3xl">{ti("intro")}</p>
        <p>
          <a href="/api/import-template" className="font-medium text-brand underline underline-offset-4" download>{ti("template")}</a>
        </p>
        <p>{ti("limits", { fileMb: IMPORT_LIMITS.bytes / MB, unzippedMb: ZIP_LIMITS.unzippedBytes / MB, rows: TEMPLATE_MAX_ROWS })}</p>
        <ImportForm maxBytes={IMPORT_LIMITS.bytes} />
      </section>
    </div>
  );
}
