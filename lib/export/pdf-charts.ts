// The report's charts as vector drawings, from the same series the web charts receive. Each
// prints its numbers next to the marks, so the figures stay readable in grey print and can be
// selected and read aloud.
import { formatLevel, formatScore, translate } from "./format";
import type { Report } from "./model";
import { COLOR, type PdfWriter } from "./pdf-writer";

// Drawn as in a left-to-right layout; w.mirror() flips every x in Arabic, so labels sit on the
// right, bars grow leftwards and time runs from right to left, as on the dashboard.

const LABEL_W = 150;
const VALUE_W = 95;

function title(w: PdfWriter, text: string, height: number): number {
  w.ensureSpace(height + 50);
  w.text.draw(text, w.left, undefined, { width: w.width, role: "bold", size: 11 });
  w.reset().moveDown(0.4);
  return w.doc.y;
}

function caption(w: PdfWriter, text: string, y: number): void {
  w.text.draw(text, w.left, y, { width: w.width, role: "italic", size: 8, color: COLOR.muted });
  w.reset().moveDown(1.2);
}

/** A label on one line in a column: shortened to fit, so long names never overlap the bars. */
function label(w: PdfWriter, text: string, x: number, y: number, width: number, style: { role?: "regular" | "bold"; size: number }): void {
  w.text.draw(w.text.fit(text, width, style), w.mirror(x, width), y, { ...style, width, lineBreak: false });
}

function axis(w: PdfWriter, x: number, y: number, width: number, ticks: { at: number; label: string }[]): void {
  const doc = w.doc;
  for (const t of ticks) {
    const tx = w.mirror(x + t.at * width);
    doc.moveTo(tx, y).lineTo(tx, y + 3).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    w.text.draw(t.label, tx - 15, y + 4, { width: 30, align: "center", size: 7, color: COLOR.muted, lineBreak: false });
  }
}

/** A bar from `x` to `x + width` in a left-to-right layout. */
function bar(w: PdfWriter, x: number, y: number, width: number, height: number, color: string): void {
  w.doc.rect(w.mirror(x, width), y, width, height).fill(color);
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
    const role = last ? "bold" : "regular";
    label(w, d.name, w.left, y + 3, LABEL_W - 6, { role, size: 8 });
    bar(w, x0, y + 3, barW, rowH - 8, COLOR.track);
    if (d.value !== null) bar(w, x0, y + 3, (d.value / 100) * barW, rowH - 8, COLOR.bar);
    if (d.target !== null) {
      const tx = w.mirror(x0 + (d.target / 100) * barW);
      doc.moveTo(tx, y).lineTo(tx, y + rowH - 2).lineWidth(2).strokeColor(COLOR.text).stroke();
    }
    const target = d.target === null ? "" : ` (${translate(l, "chart.target", { value: formatScore(d.target, l) })})`;
    label(w, `${formatScore(d.value, l)}${target}`, x0 + barW + 6, y + 3, VALUE_W - 6, { role, size: 8 });
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
  const min = Math.min(...r.scale.map((s) => s.value));
  const max = Math.max(...r.scale.map((s) => s.value));
  const x0 = w.left + LABEL_W;
  const barW = w.width - LABEL_W - VALUE_W;
  const at = (level: number) => ((level - min) / (max - min)) * barW;
  r.capabilities.forEach((c, i) => {
    const y = top + i * rowH;
    label(w, `${c.number} ${c.name}`, w.left, y + 1, LABEL_W - 6, { size: 7.5 });
    bar(w, x0, y + 2, barW, rowH - 4, COLOR.track);
    const level = c.notApplicable ? null : c.level;
    if (level !== null) bar(w, x0, y + 2, at(level), rowH - 4, COLOR.bar);
    if (level !== null && c.targetLevel !== null && c.targetLevel > level) {
      bar(w, x0 + at(level), y + 2, at(c.targetLevel) - at(level), rowH - 4, COLOR.light);
    }
    const shown = formatLevel(level, null, c.notApplicable, l);
    const target = level !== null && c.targetLevel !== null ? `; ${translate(l, "chart.target", { value: c.targetLevel })}` : "";
    label(w, `${shown}${target}`, x0 + barW + 6, y + 1, VALUE_W - 6, { size: 7.5 });
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
  for (const v of [0, 25, 50, 75, 100]) {
    doc.moveTo(x0, yOf(v)).lineTo(x0 + plotW, yOf(v)).lineWidth(0.5).strokeColor(COLOR.track).stroke();
    w.text.draw(String(v), w.mirror(w.left, 24), yOf(v) - 4, { width: 24, align: "end", size: 7, color: COLOR.muted, lineBreak: false });
  }
  const n = r.trend.length;
  const xOf = (i: number) => w.mirror(x0 + (n === 1 ? plotW / 2 : 20 + (i * (plotW - 40)) / (n - 1)));
  const points = r.trend.map((t, i) => ({ ...t, x: xOf(i), y: t.overall === null ? null : yOf(t.overall) }));
  const drawn = points.filter((p) => p.y !== null && p.comparable);
  drawn.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y!) : doc.lineTo(p.x, p.y!)));
  if (drawn.length > 1) doc.lineWidth(1.5).strokeColor(COLOR.bar).stroke();
  for (const p of points) {
    w.text.draw(p.period, p.x - 30, top + plotH + 3, { width: 60, align: "center", role: p.current ? "bold" : "regular", size: 8, lineBreak: false });
    if (p.y === null) continue;
    doc.circle(p.x, p.y, 3.5).lineWidth(1.5);
    if (p.comparable) doc.fillAndStroke(COLOR.bar, COLOR.bar);
    else doc.fillAndStroke("#ffffff", COLOR.bar);
    w.text.draw(formatScore(p.overall, l), p.x - 30, p.y - 16, { width: 60, align: "center", size: 8, lineBreak: false });
  }
  caption(w, l["chart.trend.caption"], top + plotH + 20);
}
