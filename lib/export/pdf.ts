// The gap report as a PDF made on the server: selectable text, a contents page with page
// numbers and links, bookmarks, "Page N of M" footers and vector charts. Pages are buffered
// (bufferPages) so the contents page and footers are written once the layout is known.
// Next.js: pdfkit reads its font metrics from node_modules at run time, so the route that
// calls this should list "pdfkit" in serverExternalPackages.
import type { Report } from "./model";
import { drawCapabilityChart, drawDomainChart, drawTrendChart } from "./pdf-charts";
import {
  writeCapabilities,
  writeChange,
  writeComments,
  writeCover,
  writeEnablers,
  writeEvidence,
  writeGaps,
  writeMethodology,
  writeScores,
} from "./pdf-sections";
import { PdfWriter } from "./pdf-writer";

export async function reportToPdf(report: Report): Promise<Buffer> {
  const l = report.labels;
  const w = new PdfWriter(report);
  writeCover(w, report);
  w.reserveContentsPage();

  w.startSection(l["section.summary"]);
  for (const p of report.summary) w.paragraph(p);

  w.startSection(l["section.scores"]);
  writeScores(w, report);

  w.startSection(l["section.charts"]);
  drawDomainChart(w, report);
  drawTrendChart(w, report);
  drawCapabilityChart(w, report);

  w.startSection(l["section.capabilities"]);
  writeCapabilities(w, report);

  w.startSection(l["section.gaps"]);
  writeGaps(w, report);

  w.startSection(l["section.change"]);
  writeChange(w, report);

  w.startSection(l["section.evidence"]);
  writeEvidence(w, report);

  w.startSection(l["section.enablers"]);
  writeEnablers(w, report);

  // Comments are the country's own working notes: only the internal version has the section.
  if (report.audience === "internal") {
    w.startSection(l["section.comments"]);
    writeComments(w, report);
  }

  w.startSection(l["section.methodology"]);
  writeMethodology(w, report);

  return w.finish();
}
