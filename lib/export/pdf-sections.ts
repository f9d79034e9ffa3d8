// The content of each PDF section, in reading order.
import { formatChange, formatDate, formatLevel, formatScore, formatShare, formatText, labelFor, translate, scoreRows } from "./format";
import type { Report } from "./model";
import { COLOR, FONT, type PdfWriter } from "./pdf-writer";
import { describeChange } from "./report-text";

export function writeCover(w: PdfWriter, r: Report): void {
  const l = r.labels;
  const a = r.assessment;
  w.doc.moveDown(6);
  w.paragraph(r.title, { font: FONT.bold, size: 24, color: COLOR.bar });
  w.paragraph(r.subtitle, { font: FONT.bold, size: 16 });
  w.doc.moveDown(1);
  w.paragraph(l[`audience.${r.audience}`], { font: FONT.bold, size: 12 });
  w.paragraph(l[`omitted.${r.audience}`], { font: FONT.italic, size: 10, color: COLOR.muted });
  w.doc.moveDown(1);
  w.paragraph(translate(l, "report.assessment", { title: a.title }));
  w.paragraph(translate(l, "report.status", { status: labelFor(l, "status", a.status) }));
  w.paragraph(a.validatedAt ? translate(l, "report.validatedOn", { date: formatDate(a.validatedAt, l) }) : l["report.notValidated"]);
  w.paragraph(translate(l, "report.framework", { ...r.framework }));
}

export function writeScores(w: PdfWriter, r: Report): void {
  const l = r.labels;
  const rows = scoreRows(r, true);
  w.table(
    [
      { header: l["column.domain"], width: 4 },
      { header: l["column.score"], width: 1.5, align: "end" },
      { header: l["column.targetScore"], width: 1.5, align: "end" },
      { header: l["column.change"], width: 1.3, align: "end" },
      { header: l["column.completeness"], width: 1.7, align: "end" },
      { header: l["column.evidence"], width: 2.2 },
    ],
    rows,
  );
}

export function writeCapabilities(w: PdfWriter, r: Report): void {
  const l = r.labels;
  for (const d of r.domains) {
    w.subheading(d.name);
    const caps = r.capabilities.filter((c) => c.domainKey === d.key);
    w.table(
      [
        { header: l["column.number"], width: 0.6 },
        { header: l["column.capability"], width: 2.8 },
        { header: l["column.level"], width: 1.7 },
        { header: l["column.targetLevel"], width: 0.9 },
        { header: l["column.targetDate"], width: 1.4 },
        { header: l["column.confidence"], width: 1.5 },
        { header: l["column.evidenceCount"], width: 1.2 },
        { header: l["column.leadAgency"], width: 2.2 },
      ],
      caps.map((c) => [
        String(c.number),
        c.name,
        formatLevel(c.level, c.levelLabel, c.notApplicable, l),
        c.notApplicable || c.targetLevel === null ? l["value.empty"] : String(c.targetLevel),
        formatDate(c.targetDate, l),
        c.confidence ? labelFor(l, "confidence", c.confidence) : l["value.empty"],
        String(c.evidenceCount),
        formatText(c.leadAgency, l),
      ]),
    );
    // Reasoning flows as paragraphs (not table cells) so long text is never cut.
    for (const c of caps) {
      const text = c.notApplicable ? c.notApplicableReason : c.reasoning;
      if (!text) continue;
      w.paragraph(`${c.number} ${c.name}: ${c.notApplicable ? l["column.notApplicableReason"] : l["column.reasoning"]}`, { font: FONT.bold, size: 9 });
      w.paragraph(text, { size: 9 });
    }
  }
}

export function writeGaps(w: PdfWriter, r: Report): void {
  const l = r.labels;
  if (r.gaps.length === 0) w.paragraph(l["empty.gaps"]);
  else
    w.table(
      [
        { header: l["column.rank"], width: 0.7 },
        { header: l["column.capability"], width: 3 },
        { header: l["column.level"], width: 0.9, align: "end" },
        { header: l["column.targetLevel"], width: 0.9, align: "end" },
        { header: l["column.gap"], width: 0.9, align: "end" },
        { header: l["column.priority"], width: 0.9, align: "end" },
        { header: l["column.dependents"], width: 2.4 },
        { header: l["column.targetDate"], width: 1.4 },
        { header: l["column.leadAgency"], width: 2 },
      ],
      r.gaps.map((g) => [String(g.rank), g.name, String(g.current), String(g.target), String(g.gap), String(g.priority), g.dependents.join(", ") || l["value.empty"], formatDate(g.targetDate, l), formatText(g.leadAgency, l)]),
    );
  w.subheading(l["section.actions"]);
  if (r.actions.length === 0) return w.paragraph(l["empty.actions"]);
  w.table(
    [
      { header: l["column.capability"], width: 2.5 },
      { header: l["column.action"], width: 4 },
      { header: l["column.owner"], width: 2 },
      { header: l["column.dueOn"], width: 1.3 },
      { header: l["column.status"], width: 1.3 },
    ],
    r.actions.map((a) => [`${a.capabilityNumber} ${a.capabilityName}`, a.what, a.owner, formatDate(a.dueOn, l), labelFor(l, "actionStatus", a.status)]),
  );
}

export function writeChange(w: PdfWriter, r: Report): void {
  const l = r.labels;
  w.paragraph(describeChange(r));
  const moved = r.capabilities.filter((c) => c.change !== null && c.change !== 0);
  if (moved.length > 0) {
    w.table(
      [
        { header: l["column.capability"], width: 4 },
        { header: l["column.level"], width: 2 },
        { header: l["column.change"], width: 1, align: "end" },
      ],
      moved.map((c) => [`${c.number} ${c.name}`, formatLevel(c.level, c.levelLabel, c.notApplicable, l), formatChange(c.change, l, 0)]),
    );
  }
  w.subheading(l["section.trend"]);
  w.table(
    [
      { header: l["column.period"], width: 2 },
      { header: l["column.overall"], width: 2, align: "end" },
      { header: l["column.completeness"], width: 2, align: "end" },
      { header: l["column.comparable"], width: 2 },
    ],
    r.trend.map((t) => [t.period, formatScore(t.overall, l), formatShare(t.completeness, l), t.comparable ? l["value.yes"] : l["value.no"]]),
  );
}

export function writeEvidence(w: PdfWriter, r: Report): void {
  const l = r.labels;
  if (r.evidence.length === 0) return w.paragraph(l["empty.evidence"]);
  w.table(
    [
      { header: l["column.capability"], width: 2.5 },
      { header: l["column.kind"], width: 1.4 },
      { header: l["column.title"], width: 4 },
      { header: l["column.issuer"], width: 1.8 },
      { header: l["column.issuedOn"], width: 1.3 },
      { header: l["column.sensitivity"], width: 1.2 },
    ],
    r.evidence.map((e) => [`${e.capabilityNumber} ${e.capabilityName}`, labelFor(l, "kind", e.kind), e.url ? `${e.title}\n${e.url}` : e.title, formatText(e.issuer, l), formatDate(e.issuedOn, l), labelFor(l, "sensitivity", e.sensitivity)]),
  );
}

export function writeEnablers(w: PdfWriter, r: Report): void {
  const l = r.labels;
  w.table(
    [
      { header: l["column.enabler"], width: 3 },
      { header: l["column.rating"], width: 2 },
      { header: l["column.notes"], width: 5 },
    ],
    r.enablers.map((e) => [e.name, labelFor(l, "rating", e.rating ?? "none"), formatText(e.notes, l)]),
  );
}

export function writeComments(w: PdfWriter, r: Report): void {
  const l = r.labels;
  if (r.comments.length === 0) return w.paragraph(l["empty.comments"]);
  for (const c of r.comments) {
    w.paragraph(`${c.capabilityName ?? l["value.general"]} · ${c.authorName} · ${formatDate(c.createdAt, l)}`, { font: FONT.bold, size: 9 });
    w.paragraph(c.body, { size: 9 });
  }
}

export function writeMethodology(w: PdfWriter, r: Report): void {
  const l = r.labels;
  for (const p of r.methodology) w.paragraph(p);
  w.table(
    [
      { header: l["column.level"], width: 0.8 },
      { header: l["column.levelLabel"], width: 1.8 },
      { header: "", width: 7 },
    ],
    r.scale.map((s) => [String(s.value), s.label, s.description]),
  );
}
