// Layout for the PDF report on top of pdfkit: sections with bookmarks, flowing text, tables
// that break across pages, and, once everything is placed, the contents page and page footers.
import PDFDocument from "pdfkit";
import { directionOf } from "@/lib/i18n/config";
import { translate } from "./format";
import type { Report } from "./model";
import { LATIN, type Role } from "./pdf-fonts";
import { type Align, PdfText } from "./pdf-layout";

/** Text roles; pdf-fonts.ts maps each to a Latin and an Arabic font. */
export const FONT = { regular: "regular", bold: "bold", italic: "italic" } as const satisfies Record<string, Role>;
export const COLOR = { text: "#222222", muted: "#666666", rule: "#bbbbbb", header: "#e7ecf2", bar: "#1f4e79", light: "#9dc3e6", track: "#eeeeee" } as const;
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };

export interface PdfColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  /** In reading direction: "end" is the left edge in Arabic. */
  align?: Align;
}

interface SectionMark {
  title: string;
  page: number;
  destination: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly text: PdfText;
  readonly rtl: boolean;
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
      // Document properties are Unicode strings in the file: no font needed, no substitution.
      info: { Title: `${report.title}: ${report.subtitle}`, Author: "MNR Assess", Subject: report.labels[`audience.${report.audience}`] },
    });
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve());
      this.doc.on("error", reject);
    });
    this.rtl = directionOf(report.labels.locale) === "rtl";
    this.text = new PdfText(this.doc, this.rtl ? "rtl" : "ltr");
    this.reset();
  }

  /** The x of a box `width` wide placed at `x` in a left-to-right layout, mirrored in Arabic. */
  mirror(x: number, width = 0): number {
    return this.rtl ? 2 * MARGIN.left + this.width - x - width : x;
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
    this.outlineItem = this.doc.outline.addItem(title);
    this.text.draw(title, this.left, MARGIN.top, { width: this.width, role: "bold", size: 16, color: COLOR.bar });
    this.reset().moveDown(0.5);
  }

  /** Back to body text, so moveDown steps by a body line. */
  reset(): PDFKit.PDFDocument {
    return this.doc.font(LATIN.regular).fontSize(10).fillColor(COLOR.text);
  }

  subheading(title: string): void {
    // Room for the heading, a table header and a row, so a heading never ends a page.
    this.ensureSpace(90);
    this.outlineItem?.addItem(title);
    this.reset().moveDown(0.6);
    this.text.draw(title, this.left, undefined, { width: this.width, role: "bold", size: 12 });
    this.reset().moveDown(0.3);
  }

  paragraph(text: string, options: { font?: Role; size?: number; color?: string } = {}): void {
    this.text.draw(text, this.left, undefined, { width: this.width, role: options.font, size: options.size, color: options.color });
    this.reset().moveDown(0.4);
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A table with a shaded header repeated on each page it spans; cells wrap, rows never split. */
  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
    const doc = this.doc;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    // Column i starts at lefts[i]; in Arabic the first column is the rightmost.
    const lefts = widths.map((w, i) => this.mirror(this.left + widths.slice(0, i).reduce((a, b) => a + b, 0), w));
    const pad = 3;
    // A word wider than its column (a long Arabic heading in a narrow column) is set smaller
    // rather than cut mid-word, which would break the letters' joining.
    const sizeOf = (cell: string, i: number, role: Role) => {
      const room = widths[i]! - 2 * pad;
      const longest = cell.split(/\s+/).reduce((m, word) => Math.max(m, this.text.width(word, { role, size: 8 })), 0);
      return longest <= room ? 8 : Math.max(6, 8 * (room / longest));
    };
    const heightOf = (cells: readonly string[], role: Role) =>
      Math.max(...cells.map((c, i) => this.text.height(c, widths[i]! - 2 * pad, { role, size: sizeOf(c, i, role) }))) + 2 * pad;
    const drawRow = (cells: readonly string[], role: Role, fill: string | null) => {
      const h = heightOf(cells, role);
      const y = doc.y;
      if (fill) doc.rect(this.left, y, this.width, h).fill(fill);
      cells.forEach((c, i) => {
        this.text.draw(c, lefts[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? "start", role, size: sizeOf(c, i, role) });
      });
      doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      doc.x = this.left;
      doc.y = y + h;
    };
    const header = columns.map((c) => c.header);
    // The header never sits alone at the foot of a page: keep room for the first row too.
    this.ensureSpace(heightOf(header, FONT.bold) + (rows[0] ? heightOf(rows[0], FONT.regular) : 0) + 6);
    drawRow(header, FONT.bold, COLOR.header);
    const pageHeight = this.bottom - MARGIN.top;
    for (const row of rows) {
      // A row taller than a page (a very long note) is written as flowing "header: value"
      // lines instead, so no text is cut off.
      if (heightOf(row, FONT.regular) > pageHeight - 40) {
        row.forEach((c, i) => this.text.draw(`${header[i]}: ${c}`, this.left, undefined, { width: this.width, size: 8 }));
        doc.moveDown(0.5);
        continue;
      }
      if (doc.y + heightOf(row, FONT.regular) > this.bottom) {
        doc.addPage();
        drawRow(header, FONT.bold, COLOR.header);
      }
      drawRow(row, FONT.regular, null);
    }
    this.reset().moveDown(0.6);
  }

  private writeContents(): void {
    if (this.tocPage < 0) return;
    const doc = this.doc;
    const labels = this.report.labels;
    doc.switchToPage(this.tocPage);
    this.text.draw(labels["section.contents"], this.left, MARGIN.top, { width: this.width, role: "bold", size: 16, color: COLOR.bar });
    this.reset().moveDown(0.8);
    for (const s of this.sections) {
      const y = doc.y;
      const page = String(s.page + 1);
      this.text.draw(s.title, this.mirror(this.left, this.width - 40), y, { width: this.width - 40, size: 11, goTo: s.destination, lineBreak: false });
      this.text.draw(page, this.left, y, { width: this.width, size: 11, align: "end", goTo: s.destination, lineBreak: false });
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
      const style = { size: 8, color: COLOR.muted, lineBreak: false } as const;
      this.text.draw(`${this.report.subtitle} · ${labels[`audience.${this.report.audience}`]}`, this.mirror(this.left, this.width / 2), y, { ...style, width: this.width / 2 });
      this.text.draw(translate(labels, "page.number", { page: i + 1, pages: range.count }), this.left, y, { ...style, width: this.width, align: "end" });
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
