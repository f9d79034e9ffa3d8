// Building blocks for the Word report: headings, paragraphs and plain, editable tables.
import {
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";

/** User text may hold line breaks; Word needs them as breaks, not as raw newlines. */
export function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

export function paragraph(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options })), spacing: { after: 120 } });
}

export function heading1(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore: true });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
}

const CELL_TEXT = 18; // half-points: 9 pt keeps eight columns readable on A4 portrait

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: textRuns(text, { bold: header, size: CELL_TEXT }) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7ECF2" } } : {}),
  });
}

/** A full-width table whose header row repeats on every page it spans. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  const total = widths?.reduce((a, b) => a + b, 0) ?? headers.length;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: (widths ?? headers.map(() => 1)).map((w) => Math.round((w / total) * 9000)),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v, false)) })),
    ],
  });
}

/** "Page {page} of {pages}" with Word's own page fields, so numbers stay right after edits. */
export function pageNumberRuns(template: string): ParagraphChild[] {
  const parts = template.split(/(\{page\}|\{pages\})/);
  return parts
    .filter((p) => p !== "")
    .map((p) =>
      p === "{page}"
        ? new TextRun({ children: [PageNumber.CURRENT], size: CELL_TEXT })
        : p === "{pages}"
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: CELL_TEXT })
          : new TextRun({ text: p, size: CELL_TEXT }),
    );
}
