// The gap report as an Excel workbook: a summary, then one sheet per view, numbers as numbers.
import ExcelJS from "exceljs";
import { formatDate, formatShare, labelFor } from "./format";
import type { Report, ReportAction, ReportCapability, ReportComment, ReportDomain, ReportEnabler, ReportEvidence, ReportGap, ReportTrendPoint } from "./model";
import { addTableSheet, toBuffer, type SheetColumn } from "./xlsx-sheet";

type Col<T> = SheetColumn<T>;

function summaryRows(r: Report): [string, string | number | null][] {
  const l = r.labels;
  const a = r.assessment;
  return [
    [r.title, r.subtitle],
    [l["field.audience"], l[`audience.${r.audience}`]],
    [l["field.country"], `${r.country.name} (${r.country.iso2})`],
    [l["field.region"], r.country.region],
    [l["field.incomeGroup"], r.country.incomeGroup],
    [l["field.assessment"], a.title],
    [l["field.period"], a.period],
    [l["field.status"], labelFor(l, "status", a.status)],
    [l["field.validatedAt"], a.validatedAt ? formatDate(a.validatedAt, l) : null],
    [l["field.framework"], `${r.framework.name} ${r.framework.version}`],
    [l["field.method"], r.framework.method],
    [l["column.overall"], r.overall.value],
    [l["column.targetScore"], r.overall.target],
    [l["column.change"], r.overall.change],
    [l["field.previous"], r.comparison.previousPeriod],
    [l["column.completeness"], formatShare(r.overall.completeness, l)],
    [l["column.evidence"], labelFor(l, "strength", r.overall.evidenceStrength)],
    ...r.summary.map((p): [string, string] => [l["section.summary"], p]),
  ];
}

function capabilityColumns(r: Report): Col<ReportCapability>[] {
  const l = r.labels;
  return [
    { header: l["column.number"], width: 6, type: "integer", value: (c) => c.number },
    { header: l["column.capabilityKey"], width: 22, type: "text", value: (c) => c.key },
    { header: l["column.capability"], width: 32, type: "text", value: (c) => c.name },
    { header: l["column.domain"], width: 24, type: "text", value: (c) => c.domainName },
    { header: l["column.level"], width: 8, type: "integer", value: (c) => (c.notApplicable ? null : c.level) },
    { header: l["column.levelLabel"], width: 16, type: "text", value: (c) => c.levelLabel },
    { header: l["column.notApplicable"], width: 10, type: "text", value: (c) => (c.notApplicable ? l["value.yes"] : l["value.no"]) },
    { header: l["column.notApplicableReason"], width: 30, type: "text", value: (c) => c.notApplicableReason },
    { header: l["column.reasoning"], width: 50, type: "text", value: (c) => c.reasoning },
    { header: l["column.confidence"], width: 12, type: "text", value: (c) => (c.confidence ? labelFor(l, "confidence", c.confidence) : null) },
    { header: l["column.targetLevel"], width: 8, type: "integer", value: (c) => (c.notApplicable ? null : c.targetLevel) },
    { header: l["column.targetDate"], width: 12, type: "date", value: (c) => c.targetDate },
    { header: l["column.leadAgency"], width: 26, type: "text", value: (c) => c.leadAgency },
    { header: l["column.gap"], width: 8, type: "integer", value: (c) => c.gap },
    { header: l["column.points"], width: 10, type: "number", value: (c) => c.points },
    { header: l["column.evidenceValue"], width: 10, type: "number", value: (c) => c.evidence },
    { header: l["column.evidenceCount"], width: 10, type: "integer", value: (c) => c.evidenceCount },
    { header: l["column.change"], width: 8, type: "integer", value: (c) => c.change },
  ];
}

function domainColumns(r: Report): Col<ReportDomain>[] {
  const l = r.labels;
  return [
    { header: l["column.number"], width: 6, type: "integer", value: (d) => d.number || null },
    { header: l["column.domain"], width: 30, type: "text", value: (d) => d.name },
    { header: l["column.score"], width: 10, type: "number", value: (d) => d.value },
    { header: l["column.targetScore"], width: 10, type: "number", value: (d) => d.target },
    { header: l["column.change"], width: 8, type: "number", value: (d) => d.change },
    { header: l["column.completeness"], width: 12, type: "share", value: (d) => d.completeness },
    { header: l["column.assessed"], width: 10, type: "integer", value: (d) => d.assessed },
    { header: l["column.total"], width: 12, type: "integer", value: (d) => d.total },
    { header: l["column.evidenceValue"], width: 10, type: "number", value: (d) => d.evidence },
    { header: l["column.evidence"], width: 14, type: "text", value: (d) => labelFor(l, "strength", d.evidenceStrength) },
  ];
}

function gapColumns(r: Report): Col<ReportGap>[] {
  const l = r.labels;
  return [
    { header: l["column.rank"], width: 6, type: "integer", value: (g) => g.rank },
    { header: l["column.number"], width: 6, type: "integer", value: (g) => g.number },
    { header: l["column.capability"], width: 32, type: "text", value: (g) => g.name },
    { header: l["column.level"], width: 8, type: "integer", value: (g) => g.current },
    { header: l["column.targetLevel"], width: 8, type: "integer", value: (g) => g.target },
    { header: l["column.gap"], width: 8, type: "integer", value: (g) => g.gap },
    { header: l["column.priority"], width: 8, type: "number", value: (g) => g.priority },
    { header: l["column.dependents"], width: 30, type: "text", value: (g) => g.dependents.join("; ") },
    { header: l["column.targetDate"], width: 12, type: "date", value: (g) => g.targetDate },
    { header: l["column.leadAgency"], width: 26, type: "text", value: (g) => g.leadAgency },
  ];
}

function actionColumns(r: Report): Col<ReportAction>[] {
  const l = r.labels;
  return [
    { header: l["column.number"], width: 6, type: "integer", value: (a) => a.capabilityNumber },
    { header: l["column.capability"], width: 32, type: "text", value: (a) => a.capabilityName },
    { header: l["column.action"], width: 50, type: "text", value: (a) => a.what },
    { header: l["column.owner"], width: 24, type: "text", value: (a) => a.owner },
    { header: l["column.dueOn"], width: 12, type: "date", value: (a) => a.dueOn },
    { header: l["column.status"], width: 14, type: "text", value: (a) => labelFor(l, "actionStatus", a.status) },
  ];
}

function evidenceColumns(r: Report): Col<ReportEvidence>[] {
  const l = r.labels;
  return [
    { header: l["column.number"], width: 6, type: "integer", value: (e) => e.capabilityNumber },
    { header: l["column.capability"], width: 32, type: "text", value: (e) => e.capabilityName },
    { header: l["column.kind"], width: 16, type: "text", value: (e) => labelFor(l, "kind", e.kind) },
    { header: l["column.title"], width: 40, type: "text", value: (e) => e.title },
    { header: l["column.url"], width: 36, type: "text", value: (e) => e.url },
    { header: l["column.issuer"], width: 24, type: "text", value: (e) => e.issuer },
    { header: l["column.issuedOn"], width: 12, type: "date", value: (e) => e.issuedOn },
    { header: l["column.sensitivity"], width: 12, type: "text", value: (e) => labelFor(l, "sensitivity", e.sensitivity) },
  ];
}

function trendColumns(r: Report): Col<ReportTrendPoint>[] {
  const l = r.labels;
  return [
    { header: l["column.period"], width: 12, type: "text", value: (t) => t.period },
    { header: l["column.overall"], width: 12, type: "number", value: (t) => t.overall },
    { header: l["column.completeness"], width: 12, type: "share", value: (t) => t.completeness },
    { header: l["column.comparable"], width: 12, type: "text", value: (t) => (t.comparable ? l["value.yes"] : l["value.no"]) },
  ];
}

function enablerColumns(r: Report): Col<ReportEnabler>[] {
  const l = r.labels;
  return [
    { header: l["column.enabler"], width: 44, type: "text", value: (e) => e.name },
    { header: l["column.rating"], width: 22, type: "text", value: (e) => labelFor(l, "rating", e.rating ?? "none") },
    { header: l["column.notes"], width: 60, type: "text", value: (e) => e.notes },
  ];
}

function commentColumns(r: Report): Col<ReportComment>[] {
  const l = r.labels;
  return [
    { header: l["column.capability"], width: 32, type: "text", value: (c) => c.capabilityName ?? l["value.general"] },
    { header: l["column.author"], width: 20, type: "text", value: (c) => c.authorName },
    { header: l["column.date"], width: 12, type: "date", value: (c) => c.createdAt },
    { header: l["column.comment"], width: 70, type: "text", value: (c) => c.body },
  ];
}

export async function reportToXlsx(report: Report): Promise<Buffer> {
  const l = report.labels;
  const wb = new ExcelJS.Workbook();
  wb.creator = "MNR Assess";
  wb.title = `${report.title}: ${report.subtitle}`;
  const summary = addTableSheet(wb, l["sheet.summary"], [
    { header: l["column.item"], width: 28, type: "text", value: (x: [string, string | number | null]) => x[0] },
    { header: l["column.value"], width: 90, type: "text", value: (x) => x[1] },
  ], summaryRows(report));
  // Figures stay numbers even in the text-formatted value column.
  summary.getColumn(2).eachCell((cell) => {
    if (typeof cell.value === "number") cell.numFmt = "0.0";
  });
  summary.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  addTableSheet(wb, l["sheet.capabilities"], capabilityColumns(report), report.capabilities);
  const overall: ReportDomain = { ...report.overall, key: "overall", number: 0, name: l["column.overall"], outcome: "" };
  addTableSheet(wb, l["sheet.domains"], domainColumns(report), [...report.domains, overall]);
  addTableSheet(wb, l["sheet.gaps"], gapColumns(report), report.gaps);
  addTableSheet(wb, l["sheet.actions"], actionColumns(report), report.actions);
  addTableSheet(wb, l["sheet.evidence"], evidenceColumns(report), report.evidence);
  addTableSheet(wb, l["sheet.trend"], trendColumns(report), report.trend);
  addTableSheet(wb, l["sheet.enablers"], enablerColumns(report), report.enablers);
  if (report.audience === "internal") addTableSheet(wb, l["sheet.comments"], commentColumns(report), report.comments);
  return toBuffer(wb);
}
