// Every string of the PDF report is drawn through here. Text in a left-to-right report that
// holds no right-to-left script goes straight to pdfkit, in Helvetica. Anything else (an
// Arabic report, or Arabic typed into an English one) is wrapped and ordered here: lines are
// broken at spaces, each line is put in page order by the Unicode bidirectional algorithm
// (pdf-bidi.ts), and each piece is drawn in its own font at its own position.
import { type Direction, type Family, INVISIBLE, type Piece, familyOf, needsBidiLayout, paragraphDirection, visualPieces, wrapWords } from "./pdf-bidi";
import { ARABIC, LATIN, type Role, registerArabicFonts } from "./pdf-fonts";
import { toWinAnsi } from "./pdf-text";

/** Alignment in the report's reading direction: "start" is the right edge in Arabic. */
export type Align = "start" | "end" | "center";

export interface TextStyle {
  role?: Role;
  size?: number;
  color?: string;
}

export interface DrawOptions extends TextStyle {
  width: number;
  align?: Align;
  /** A named destination the text links to (the contents page). */
  goTo?: string;
  /** false: one line, never wrapped and never starting a page. */
  lineBreak?: boolean;
}

// Arabic glyphs reach higher and lower than Latin ones (stacked marks), so lines laid out here
// get more leading than Helvetica's own, and every piece shares one baseline.
const LINE_HEIGHT = 1.65;
const BASELINE = 1.15;
// Amiri's letters are small for their point size beside Helvetica's: scale them to match.
const ARABIC_SCALE = 1.2;

// Shaping Arabic is the slow part of a report: a word's width (per point of font size) is
// kept for the process, since the fonts never change. Bounded, so odd input cannot grow it.
const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 50_000;

export class PdfText {
  private arabicRegistered = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly direction: Direction,
  ) {}

  /** The page side an alignment means in this report. */
  side(align: Align): "left" | "right" | "center" {
    if (align === "center") return "center";
    return (align === "start") === (this.direction === "ltr") ? "left" : "right";
  }

  width(text: string, style: TextStyle = {}): number {
    const { role, size } = resolve(style);
    if (!needsBidiLayout(text, this.direction)) return this.doc.font(LATIN[role]).fontSize(size).widthOfString(toWinAnsi(text));
    return this.wordWidth(text.replace(/\s+/g, " "), role, size);
  }

  height(text: string, width: number, style: TextStyle = {}): number {
    const { role, size } = resolve(style);
    if (!needsBidiLayout(text, this.direction)) return this.doc.font(LATIN[role]).fontSize(size).heightOfString(toWinAnsi(text), { width });
    return this.lines(text, width, role, size).length * size * LINE_HEIGHT;
  }

  /** Shortens text with an ellipsis until it fits one line of `width`. */
  fit(text: string, width: number, style: TextStyle = {}): string {
    if (this.width(text, style) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.width(`${cut}…`, style) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Draws text in a box `width` wide from `x`; afterwards the cursor is below it, at `x`. */
  draw(text: string, x: number, y: number | undefined, options: DrawOptions): void {
    const { role, size, color } = resolve(options);
    const align = options.align ?? "start";
    const doc = this.doc;
    if (!needsBidiLayout(text, this.direction)) {
      doc.font(LATIN[role]).fontSize(size).fillColor(color);
      doc.text(toWinAnsi(text), x, y, { width: options.width, align: this.side(align), goTo: options.goTo, lineBreak: options.lineBreak });
      return;
    }
    const lineHeight = size * LINE_HEIGHT;
    const lines = options.lineBreak === false ? [text.replace(/\s+/g, " ")] : this.lines(text, options.width, role, size);
    // Each text reads in the direction of its first letter, as with dir="auto" in a browser:
    // "+1 Parliament committee" typed in an Arabic report stays as typed, and a bare number
    // such as "-16.7" keeps its sign in front. Alignment follows the report.
    const reading = paragraphDirection(text);
    let top = y ?? doc.y;
    for (const line of lines) {
      // Flowing text starts a new page when it reaches the bottom margin, as pdfkit's own does.
      if (options.lineBreak !== false && top + lineHeight > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        top = doc.page.margins.top;
      }
      this.drawLine(line, reading, x, top, options.width, align, role, size, color, options.goTo);
      top += lineHeight;
    }
    doc.x = x;
    doc.y = top;
  }

  private drawLine(line: string, reading: Direction, x: number, top: number, width: number, align: Align, role: Role, size: number, color: string, goTo?: string): void {
    const doc = this.doc;
    const pieces = visualPieces(line, reading);
    const widths = pieces.map((p) => this.pieceWidth(p, role, size));
    const space = this.spaceWidth(role, size);
    const total = widths.reduce((s, w, i) => s + w + (pieces[i]!.spaceBefore ? space : 0), 0);
    const side = this.side(align);
    let cursor = side === "left" ? x : side === "right" ? x + width - total : x + (width - total) / 2;
    const start = cursor;
    pieces.forEach((piece, i) => {
      if (piece.spaceBefore) cursor += space;
      this.useFont(piece.family, role, size);
      doc.fillColor(color).text(this.glyphs(piece), cursor, top + size * BASELINE, { lineBreak: false, baseline: "alphabetic" });
      cursor += widths[i]!;
    });
    if (goTo) doc.goTo(start, top, total, size * LINE_HEIGHT, goTo);
  }

  private lines(text: string, width: number, role: Role, size: number): string[] {
    return wrapWords(text, width, (word) => this.wordWidth(word, role, size), this.spaceWidth(role, size));
  }

  /** A word's width: its runs per font, measured in reading order (letters' joined forms). */
  private wordWidth(word: string, role: Role, size: number): number {
    let total = 0;
    let run = "";
    let family: Family | null = null;
    const flush = () => {
      if (run !== "" && family) total += this.pieceWidth({ text: run, family, spaceBefore: false }, role, size);
      run = "";
    };
    for (const ch of word) {
      if (INVISIBLE.test(ch)) continue;
      const f: Family = ch === " " ? (family ?? "latin") : familyOf(ch);
      if (f !== family) flush();
      family = f;
      run += ch;
    }
    flush();
    return total;
  }

  private pieceWidth(piece: Piece, role: Role, size: number): number {
    const font = piece.family === "arabic" ? ARABIC[role] : LATIN[role];
    const scaled = piece.family === "arabic" ? size * ARABIC_SCALE : size;
    const key = `${font}\u0000${piece.text}`;
    let perPoint = widthCache.get(key);
    if (perPoint === undefined) {
      this.useFont(piece.family, role, 1);
      perPoint = this.doc.fontSize(1000).widthOfString(this.glyphs(piece)) / 1000;
      if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
      widthCache.set(key, perPoint);
    }
    return perPoint * scaled;
  }

  private spaceWidth(role: Role, size: number): number {
    return this.doc.font(LATIN[role]).fontSize(size).widthOfString(" ");
  }

  private glyphs(piece: Piece): string {
    return piece.family === "latin" ? toWinAnsi(piece.text) : piece.text;
  }

  private useFont(family: Family, role: Role, size: number): void {
    if (family === "arabic" && !this.arabicRegistered) {
      registerArabicFonts(this.doc);
      this.arabicRegistered = true;
    }
    if (family === "arabic") this.doc.font(ARABIC[role]).fontSize(size * ARABIC_SCALE);
    else this.doc.font(LATIN[role]).fontSize(size);
  }
}

function resolve(style: TextStyle): { role: Role; size: number; color: string } {
  return { role: style.role ?? "regular", size: style.size ?? 10, color: style.color ?? "#222222" };
}
