// The gap report as an editable Word document: real headings, a table of contents field and
// plain tables. Charts are not drawn here; their figures are in the score tables (see README).
import { AlignmentType, Document, Footer, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun, type FileChild } from "docx";
import {
  formatChange,
  formatDate,
  formatLevel,
  formatScore,
  formatShare,
  formatText,
  labelFor,
  scoreRows,
  translate,
} from "./format";
import type { Report } from "./model";
import { heading1, heading2, pageNumberRuns, paragraph, table } from "./docx-parts";
import { describeChange } from "./report-text";

function cover(r: Report): FileChild[] {
  const l = r.labels;
  const a = r.assessment;
  return [
    new Paragraph({ text: r.title, heading: HeadingLevel.TITLE }),
    paragraph(r.subtitle, { bold: true }),
    paragraph(l[`audience.${r.audience}`]),
    paragraph(l[`omitted.${r.audience}`], { italics: true }),
    paragraph(translate(l, "report.assessment", { title: a.title })),
    paragraph(translate(l, "report.status", { status: labelFor(l, "status", a.status) })),
    paragraph(a.validatedAt ? translate(l, "report.validatedOn", { date: formatDate(a.validatedAt, l) }) : l["report.notValidated"]),
    paragraph(translate(l, "report.framework", { ...r.framework })),
  ];
}

function scores(r: Report): FileChild[] {
  const l = r.labels;
  const rows = scoreRows(r, false);
  const headers = ["column.domain", "column.score", "column.targetScore", "column.change", "column.completeness", "column.evidence"] as const;
  return [heading1(l["section.scores"]), table(headers.map((h) => l[h]), rows, [4, 2, 2, 2, 2, 2])];
}

function capabilities(r: Report): FileChild[] {
  const l = r.labels;
  const out: FileChild[] = [heading1(l["section.capabilities"])];
  const headers = ["column.number", "column.capability", "column.level", "column.targetLevel", "column.targetDate", "column.confidence", "column.evidenceCount", "column.leadAgency", "column.reasoning"] as const;
  for (const d of r.domains) {
    out.push(heading2(d.name));
    const rows = r.capabilities
      .filter((c) => c.domainKey === d.key)
      .map((c) => [
        String(c.number),
        c.name,
        formatLevel(c.level, c.levelLabel, c.notApplicable, l),
        c.targetLevel === null || c.notApplicable ? l["value.empty"] : String(c.targetLevel),
        formatDate(c.targetDate, l),
        c.confidence ? labelFor(l, "confidence", c.confidence) : l["value.empty"],
        String(c.evidenceCount),
        formatText(c.leadAgency, l),
        formatText(c.notApplicable ? c.notApplicableReason : c.reasoning, l),
      ]);
    out.push(table(headers.map((h) => l[h]), rows, [1, 4, 3, 2, 3, 2, 2, 3, 8]));
  }
  return out;
}

function gaps(r: Report): FileChild[] {
  const l = r.labels;
  const out: FileChild[] = [heading1(l["section.gaps"])];
  if (r.gaps.length === 0) return [...out, paragraph(l["empty.gaps"])];
  const headers = ["column.rank", "column.capability", "column.level", "column.targetLevel", "column.gap", "column.priority", "column.dependents", "column.targetDate", "column.leadAgency"] as const;
  out.push(
    table(
      headers.map((h) => l[h]),
      r.gaps.map((g) => [String(g.rank), g.name, String(g.current), String(g.target), String(g.gap), String(g.priority), g.dependents.join(", ") || l["value.empty"], formatDate(g.targetDate, l), formatText(g.leadAgency, l)]),
      [1, 4, 1, 1, 1, 1, 3, 2, 3],
    ),
  );
  out.push(heading2(l["section.actions"]));
  if (r.actions.length === 0) return [...out, paragraph(l["empty.actions"])];
  const actionHeaders = ["column.capability", "column.action", "column.owner", "column.dueOn", "column.status"] as const;
  const rows = r.actions.map((a) => [`${a.capabilityNumber} ${a.capabilityName}`, a.what, a.owner, formatDate(a.dueOn, l), labelFor(l, "actionStatus", a.status)]);
  return [...out, table(actionHeaders.map((h) => l[h]), rows, [3, 6, 3, 2, 2])];
}

function change(r: Report): FileChild[] {
  const l = r.labels;
  const out: FileChild[] = [heading1(l["section.change"]), paragraph(describeChange(r))];
  const moved = r.capabilities.filter((c) => c.change !== null && c.change !== 0);
  if (moved.length > 0) {
    const rows = moved.map((c) => [`${c.number} ${c.name}`, formatLevel(c.level, c.levelLabel, c.notApplicable, l), formatChange(c.change, l, 0)]);
    out.push(table([l["column.capability"], l["column.level"], l["column.change"]], rows, [5, 3, 2]));
  }
  out.push(heading2(l["section.trend"]));
  if (r.trend.length < 2) return [...out, paragraph(l["empty.trend"])];
  const headers = ["column.period", "column.overall", "column.completeness", "column.comparable"] as const;
  const rows = r.trend.map((t) => [t.period, formatScore(t.overall, l), formatShare(t.completeness, l), t.comparable ? l["value.yes"] : l["value.no"]]);
  return [...out, table(headers.map((h) => l[h]), rows)];
}

function evidence(r: Report): FileChild[] {
  const l = r.labels;
  const out: FileChild[] = [heading1(l["section.evidence"])];
  if (r.evidence.length === 0) return [...out, paragraph(l["empty.evidence"])];
  const headers = ["column.capability", "column.kind", "column.title", "column.issuer", "column.issuedOn", "column.sensitivity"] as const;
  const rows = r.evidence.map((e) => [`${e.capabilityNumber} ${e.capabilityName}`, labelFor(l, "kind", e.kind), e.url ? `${e.title}\n${e.url}` : e.title, formatText(e.issuer, l), formatDate(e.issuedOn, l), labelFor(l, "sensitivity", e.sensitivity)]);
  return [...out, table(headers.map((h) => l[h]), rows, [3, 2, 5, 3, 2, 2])];
}

function enablersAndComments(r: Report): FileChild[] {
  const l = r.labels;
  const out: FileChild[] = [heading1(l["section.enablers"])];
  const rows = r.enablers.map((e) => [e.name, labelFor(l, "rating", e.rating ?? "none"), formatText(e.notes, l)]);
  out.push(table([l["column.enabler"], l["column.rating"], l["column.notes"]], rows, [4, 2, 6]));
  if (r.audience !== "internal") return out;
  out.push(heading1(l["section.comments"]));
  if (r.comments.length === 0) return [...out, paragraph(l["empty.comments"])];
  const commentRows = r.comments.map((c) => [c.capabilityName ?? l["value.general"], c.authorName, formatDate(c.createdAt, l), c.body]);
  return [...out, table([l["column.capability"], l["column.author"], l["column.date"], l["column.comment"]], commentRows, [3, 2, 2, 7])];
}

function methodology(r: Report): FileChild[] {
  const l = r.labels;
  const levels = r.scale.map((s) => [String(s.value), s.label, s.description]);
  return [heading1(l["section.methodology"]), ...r.methodology.map((p) => paragraph(p)), table([l["column.level"], l["column.levelLabel"], ""], levels, [1, 2, 8])];
}

export async function reportToDocx(report: Report): Promise<Buffer> {
  const l = report.labels;
  // Arabic: every paragraph and run right to left by default, so Word lays out the whole
  // document (headings, lists, table cells) from the right, with Arabic shaping of its own.
  const rtl = /^(ar|fa|he|ur)\b/.test(l.locale);
  const doc = new Document({
    // The paragraph defaults accept the same properties as a paragraph; the typings omit bidi.
    styles: rtl ? { default: { document: { paragraph: { bidirectional: true } as never, run: { rightToLeft: true } } } } : undefined,
    title: `${report.title}: ${report.subtitle}`,
    creator: "MNR Assess",
    // Word refreshes the table of contents' page numbers on opening (after asking).
    features: { updateFields: true },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(l["page.number"]) })] }) },
        children: [
          ...cover(report),
          // Not a heading style, so the contents do not list themselves.
          new Paragraph({ children: [new TextRun({ text: l["section.contents"], bold: true, size: 32 })], pageBreakBefore: true }),
          new TableOfContents(l["section.contents"], { hyperlink: true, headingStyleRange: "1-2" }),
          heading1(l["section.summary"]),
          ...report.summary.map((p) => paragraph(p)),
          ...scores(report),
          ...capabilities(report),
          ...gaps(report),
          ...change(report),
          ...evidence(report),
          ...enablersAndComments(report),
          ...methodology(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
