// Layout for the PDF report on top of pdfkit: sections with bookmarks, flowing text, tables
// that break across pages, and, once everything is placed, the contents page and page footers.
import PDFDocument from "pdfkit";
import { translate } from "./format";
import type { Report } from "./model";
import { toWinAnsi } from "./pdf-text";

export const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;
export const COLOR = { text: "#222222", muted: "#666666", rule: "#bbbbbb", header: "#e7ecf2", bar: "#1f4e79", light: "#9dc3e6", track: "#eeeeee" } as const;
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };

export interface PdfColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: "left" | "right" | "center";
}

interface SectionMark {
  title: string;
  page: number;
  destination: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;
  private readonly sections: SectionMark[] = [];
  private tocPage = -1;
  private outlineItem: PDFKit.PDFOutline | null = null;

  constructor(readonly report: Report) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      displayTitle: true,
      lang: report.labels.locale,
      info: { Title: toWinAnsi(`${report.title}: ${report.subtitle}`), Author: "MNR Assess", Subject: toWinAnsi(report.labels[`audience.${report.audience}`]) },
    });
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve());
      this.doc.on("error", reject);
    });
    this.doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  get left(): number {
    return MARGIN.left;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** Starts a page whose contents are written last, when section page numbers are known. */
  reserveContentsPage(): void {
    this.doc.addPage();
    this.tocPage = this.pageIndex();
  }

  startSection(title: string): void {
    this.doc.addPage();
    const destination = `section-${this.sections.length + 1}`;
    this.sections.push({ title, page: this.pageIndex(), destination });
    this.doc.addNamedDestination(destination);
    this.outlineItem = this.doc.outline.addItem(toWinAnsi(title));
    this.doc.font(FONT.bold).fontSize(16).fillColor(COLOR.bar).text(toWinAnsi(title), this.left, MARGIN.top);
    this.doc.moveDown(0.5).font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  }

  subheading(title: string): void {
    this.ensureSpace(60);
    this.outlineItem?.addItem(toWinAnsi(title));
    this.doc.moveDown(0.6).font(FONT.bold).fontSize(12).fillColor(COLOR.text).text(toWinAnsi(title), this.left);
    this.doc.moveDown(0.3).font(FONT.regular).fontSize(10);
  }

  paragraph(text: string, options: { font?: string; size?: number; color?: string } = {}): void {
    this.doc
      .font(options.font ?? FONT.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? COLOR.text)
      .text(toWinAnsi(text), this.left, undefined, { width: this.width });
    this.doc.moveDown(0.4).font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A table with a shaded header repeated on each page it spans; cells wrap, rows never split. */
  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
    const doc = this.doc;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const heightOf = (cells: readonly string[], font: string) => {
      doc.font(font).fontSize(8);
      return Math.max(...cells.map((c, i) => doc.heightOfString(toWinAnsi(c), { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: readonly string[], font: string, fill: string | null) => {
      const h = heightOf(cells, font);
      const y = doc.y;
      let x = this.left;
      if (fill) doc.rect(this.left, y, this.width, h).fill(fill);
      doc.fillColor(COLOR.text);
      cells.forEach((c, i) => {
        doc.text(toWinAnsi(c), x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? "left" });
        x += widths[i]!;
      });
      doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      doc.x = this.left;
      doc.y = y + h;
    };
    const header = columns.map((c) => c.header);
    this.ensureSpace(heightOf(header, FONT.bold) + 20);
    drawRow(header, FONT.bold, COLOR.header);
    const pageHeight = this.bottom - MARGIN.top;
    for (const row of rows) {
      // A row taller than a page (a very long note) is written as flowing "header: value"
      // lines instead, so no text is cut off.
      if (heightOf(row, FONT.regular) > pageHeight - 40) {
        doc.font(FONT.regular).fontSize(8);
        row.forEach((c, i) => doc.text(toWinAnsi(`${header[i]}: ${c}`), this.left, undefined, { width: this.width }));
        doc.moveDown(0.5);
        continue;
      }
      if (doc.y + heightOf(row, FONT.regular) > this.bottom) {
        doc.addPage();
        drawRow(header, FONT.bold, COLOR.header);
      }
      drawRow(row, FONT.regular, null);
    }
    doc.font(FONT.regular).fontSize(10).moveDown(0.6);
  }

  private writeContents(): void {
    if (this.tocPage < 0) return;
    const doc = this.doc;
    const labels = this.report.labels;
    doc.switchToPage(this.tocPage);
    doc.font(FONT.bold).fontSize(16).fillColor(COLOR.bar).text(toWinAnsi(labels["section.contents"]), this.left, MARGIN.top);
    doc.moveDown(0.8).font(FONT.regular).fontSize(11).fillColor(COLOR.text);
    for (const s of this.sections) {
      const y = doc.y;
      const page = String(s.page + 1);
      doc.text(toWinAnsi(s.title), this.left, y, { width: this.width - 40, goTo: s.destination, lineBreak: false });
      doc.text(page, this.left, y, { width: this.width, align: "right", goTo: s.destination, lineBreak: false });
      doc.y = y + 20;
    }
  }

  /** "Page N of M" on every page, written after layout so M is known. */
  private writeFooters(): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const labels = this.report.labels;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing below the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN.bottom + 24;
      doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
      doc.text(toWinAnsi(`${this.report.subtitle} · ${labels[`audience.${this.report.audience}`]}`), this.left, y, { width: this.width / 2, lineBreak: false });
      doc.text(toWinAnsi(translate(labels, "page.number", { page: i + 1, pages: range.count })), this.left, y, { width: this.width, align: "right", lineBreak: false });
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }

  async finish(): Promise<Buffer> {
    this.writeContents();
    this.writeFooters();
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}
