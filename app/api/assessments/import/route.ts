import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { checkImportPreconditions, createImportedDraft, type ImportedDraft } from "@/db/queries/import";
import { defineRoute } from "@/lib/auth/route";
import { IMPORT_LIMITS, parseAssessmentImport, parseTemplateXlsx, receiveUpload, type ImportProblem } from "@/lib/export";
import { createAssessmentSchema } from "@/lib/validation/assessment";

export const dynamic = "force-dynamic";

// The file may be up to the import's limit; the multipart framing and the two text fields add a little.
const maxBodyBytes = IMPORT_LIMITS.bytes + 64 * 1024;

/**
 * A JSON export or a filled-in template, loaded into a new draft for the caller's country:
 * all or nothing, every problem reported by row and field. What would refuse any file (no
 * country, a cycle in progress, no framework) is checked before the upload is read.
 */
export const POST = defineRoute({
  name: "assessment.import",
  permission: "assessment.create",
  handler: async ({ request, user, getDb, note }) => {
    const t = await getTranslations("import");
    const tp = await getTranslations("importProblems");
    const te = await getTranslations("errors");
    const tv = await getTranslations();
    const fail = (status: number, error: string, extra: Record<string, unknown> = {}) => NextResponse.json({ error, ...extra }, { status });
    const db = await getDb();
    const ready: { framework?: Extract<Awaited<ReturnType<typeof checkImportPreconditions>>, { ok: true }>["framework"] } = {};
    const received = await receiveUpload(request, {
      maxBytes: maxBodyBytes,
      precondition: async () => {
        const p = await checkImportPreconditions(db, user!.countryIso2);
        if (!p.ok) return p.blocker;
        ready.framework = p.framework;
        return null;
      },
    });
    if (!received.ok) {
      const refusal = received.refusal;
      note({ refused: typeof refusal === "string" ? refusal : refusal.reason });
      if (refusal === "openCycleExists") return fail(409, te("openCycleExists"));
      if (refusal === "frameworkMissing") return fail(503, te("frameworkMissing"));
      if (refusal === "noCountry") return fail(403, te("forbidden"));
      if (refusal.reason === "tooLarge") return fail(413, t("tooLarge"));
      return fail(400, t("notAFile"));
    }
    const form = received.form;
    const meta = createAssessmentSchema.safeParse({ title: form.get("title"), period: form.get("period"), useBaseline: false });
    if (!meta.success) {
      const fieldErrors = Object.fromEntries(meta.error.issues.map((i) => [String(i.path[0]), tv(i.message as never)]));
      return fail(400, te("invalidInput"), { fieldErrors });
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return fail(400, t("notAFile"), { fieldErrors: { file: t("notAFile") } });
    if (file.size > IMPORT_LIMITS.bytes) return fail(413, t("tooLarge"));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const framework = ready.framework!;
    const definition = framework.definition;
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const firstChar = new TextDecoder().decode(bytes.slice(0, 64)).trimStart()[0];
    note({ kind: isZip ? "xlsx" : "json", size: bytes.length });
    const render = (p: ImportProblem) => {
      const message = tp.has(p.code as never) ? tp(p.code as never, p.params as never) : p.message;
      return { row: p.row ?? null, path: p.path, message };
    };
    const refuse = (problems: ImportProblem[]) => {
      note({ problem: problems[0]?.code ?? null });
      return fail(422, t("problemsTitle"), { problems: problems.slice(0, 200).map(render) });
    };
    let draft: Pick<ImportedDraft, "answers" | "evidence" | "actions" | "enablers">;
    if (isZip) {
      const parsed = await parseTemplateXlsx(bytes, definition);
      if (!parsed.ok) return refuse(parsed.problems);
      draft = { answers: parsed.data.answers, evidence: [], actions: [], enablers: [] };
    } else if (firstChar === "{") {
      const parsed = parseAssessmentImport(bytes, definition);
      if (!parsed.ok) return refuse(parsed.problems);
      const d = parsed.data;
      // Uploaded documents travel as names only: their content never leaves the database.
      const evidence = d.evidence.filter((e) => e.kind === "reference").map((e) => ({ capabilityKey: e.capabilityKey, title: e.title, url: e.url, issuer: e.issuer, issuedOn: e.issuedOn, sensitivity: e.sensitivity }));
      draft = { answers: d.answers, evidence, actions: d.actions, enablers: d.enablers };
    } else {
      return fail(415, t("unknownType"));
    }
    const id = await createImportedDraft(db, {
      countryIso2: user!.countryIso2!,
      frameworkVersionId: framework.id,
      title: meta.data.title,
      period: meta.data.period,
      createdBy: user!.userId,
      ...draft,
    });
    if (!id) return fail(409, te("openCycleExists"));
    note({ assessment: id, answers: draft.answers.length });
    return NextResponse.json({ id }, { status: 201 });
  },
});
