// The report's charts as vector drawings, from the same series the web charts receive. Each
// prints its numbers next to the marks, so the figures stay readable in grey print and can be
// selected and read aloud.
import { formatLevel, formatScore, translate } from "./format";
import type { Report } from "./model";
import { COLOR, FONT, type PdfWriter } from "./pdf-writer";
import { toWinAnsi } from "./pdf-text";

const LABEL_W = 150;
const VALUE_W = 95;

function title(w: PdfWriter, text: string, height: number): number {
  w.ensureSpace(height + 50);
  w.doc.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text(toWinAnsi(text), w.left, undefined, { width: w.width });
  w.doc.moveDown(0.4);
  return w.doc.y;
}

function caption(w: PdfWriter, text: string, y: number): void {
  w.doc.font(FONT.italic).fontSize(8).fillColor(COLOR.muted).text(toWinAnsi(text), w.left, y, { width: w.width });
  w.doc.moveDown(1.2).font(FONT.regular).fontSize(10).fillColor(COLOR.text);
}

/** Shortens a label to fit its column, so long capability names never overlap the bars. */
function fit(w: PdfWriter, text: string, width: number): string {
  const safe = toWinAnsi(text);
  if (w.doc.widthOfString(safe) <= width) return safe;
  let cut = safe;
  while (cut.length > 1 && w.doc.widthOfString(`${cut}...`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}...`;
}

function axis(w: PdfWriter, x: number, y: number, width: number, ticks: { at: number; label: string }[]): void {
  const doc = w.doc;
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  for (const t of ticks) {
    doc.moveTo(x + t.at * width, y).lineTo(x + t.at * width, y + 3).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.text(t.label, x + t.at * width - 15, y + 4, { width: 30, align: "center", lineBreak: false });
  }
}

const percentTicks = [0, 25, 50, 75, 100].map((v) => ({ at: v / 100, label: String(v) }));

/** Horizontal bars of the domain scores with a mark at the score every target would give. */
export function drawDomainChart(w: PdfWriter, r: Report): void {
  const l = r.labels;
  const rows = [...r.domains, { ...r.overall, name: l["column.overall"] }];
  const rowH = 20;
  const top = title(w, l["chart.domains.title"], rows.length * rowH + 20);
  const doc = w.doc;
  const x0 = w.left + LABEL_W;
  const barW = w.width - LABEL_W - VALUE_W;
  rows.forEach((d, i) => {
    const y = top + i * rowH;
    const last = i === rows.length - 1;
    doc.font(last ? FONT.bold : FONT.regular).fontSize(8).fillColor(COLOR.text);
    doc.text(fit(w, d.name, LABEL_W - 6), w.left, y + 5, { lineBreak: false });
    doc.rect(x0, y + 3, barW, rowH - 8).fill(COLOR.track);
    if (d.value !== null) doc.rect(x0, y + 3, (d.value / 100) * barW, rowH - 8).fill(COLOR.bar);
    if (d.target !== null) {
      const tx = x0 + (d.target / 100) * barW;
      doc.moveTo(tx, y).lineTo(tx, y + rowH - 2).lineWidth(2).strokeColor(COLOR.text).stroke();
    }
    const target = d.target === null ? "" : ` (${translate(l, "chart.target", { value: formatScore(d.target, l) })})`;
    doc.font(last ? FONT.bold : FONT.regular).fontSize(8).fillColor(COLOR.text);
    doc.text(toWinAnsi(`${formatScore(d.value, l)}${target}`), x0 + barW + 6, y + 5, { width: VALUE_W - 6, lineBreak: false });
  });
  const axisY = top + rows.length * rowH;
  axis(w, x0, axisY, barW, percentTicks);
  caption(w, l["chart.domains.caption"], axisY + 16);
}

/** One row per capability: the level reached, and the gap still to its target. */
export function drawCapabilityChart(w: PdfWriter, r: Report): void {
  const l = r.labels;
  const rowH = 13;
  const top = title(w, l["chart.capabilities.title"], r.capabilities.length * rowH + 20);
  const doc = w.doc;
  const min = Math.min(...r.scale.map((s) => s.value));
  const max = Math.max(...r.scale.map((s) => s.value));
  const x0 = w.left + LABEL_W;
  const barW = w.width - LABEL_W - VALUE_W;
  const at = (level: number) => ((level - min) / (max - min)) * barW;
  r.capabilities.forEach((c, i) => {
    const y = top + i * rowH;
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.text);
    doc.text(fit(w, `${c.number} ${c.name}`, LABEL_W - 6), w.left, y + 3, { lineBreak: false });
    doc.rect(x0, y + 2, barW, rowH - 4).fill(COLOR.track);
    const level = c.notApplicable ? null : c.level;
    if (level !== null) doc.rect(x0, y + 2, at(level), rowH - 4).fill(COLOR.bar);
    if (level !== null && c.targetLevel !== null && c.targetLevel > level) {
      doc.rect(x0 + at(level), y + 2, at(c.targetLevel) - at(level), rowH - 4).fill(COLOR.light);
    }
    const shown = formatLevel(level, null, c.notApplicable, l);
    const target = level !== null && c.targetLevel !== null ? `; ${translate(l, "chart.target", { value: c.targetLevel })}` : "";
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.text);
    doc.text(toWinAnsi(`${shown}${target}`), x0 + barW + 6, y + 3, { width: VALUE_W - 6, lineBreak: false });
  });
  const axisY = top + r.capabilities.length * rowH;
  axis(w, x0, axisY, barW, r.scale.map((s) => ({ at: (s.value - min) / (max - min), label: String(s.value) })));
  caption(w, l["chart.capabilities.caption"], axisY + 16);
}

/** The overall score per cycle; hollow points mark cycles on another framework version. */
export function drawTrendChart(w: PdfWriter, r: Report): void {
  const l = r.labels;
  const plotH = 150;
  const top = title(w, l["chart.trend.title"], plotH + 40) + 10;
  const doc = w.doc;
  const x0 = w.left + 30;
  const plotW = w.width - 60;
  const yOf = (v: number) => top + plotH - (v / 100) * plotH;
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  for (const v of [0, 25, 50, 75, 100]) {
    doc.moveTo(x0, yOf(v)).lineTo(x0 + plotW, yOf(v)).lineWidth(0.5).strokeColor(COLOR.track).stroke();
    doc.text(String(v), w.left, yOf(v) - 3, { width: 24, align: "right", lineBreak: false });
  }
  const n = r.trend.length;
  const xOf = (i: number) => x0 + (n === 1 ? plotW / 2 : 20 + (i * (plotW - 40)) / (n - 1));
  const points = r.trend.map((t, i) => ({ ...t, x: xOf(i), y: t.overall === null ? null : yOf(t.overall) }));
  const drawn = points.filter((p) => p.y !== null && p.comparable);
  drawn.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y!) : doc.lineTo(p.x, p.y!)));
  if (drawn.length > 1) doc.lineWidth(1.5).strokeColor(COLOR.bar).stroke();
  for (const p of points) {
    doc.font(p.current ? FONT.bold : FONT.regular).fontSize(8).fillColor(COLOR.text);
    doc.text(toWinAnsi(p.period), p.x - 30, top + plotH + 5, { width: 60, align: "center", lineBreak: false });
    if (p.y === null) continue;
    doc.circle(p.x, p.y, 3.5).lineWidth(1.5);
    if (p.comparable) doc.fillAndStroke(COLOR.bar, COLOR.bar);
    else doc.fillAndStroke("#ffffff", COLOR.bar);
    doc.fillColor(COLOR.text).text(formatScore(p.overall, l), p.x - 30, p.y - 14, { width: 60, align: "center", lineBreak: false });
  }
  caption(w, l["chart.trend.caption"], top + plotH + 20);
}
