// Right-to-left text for the PDF report. pdfkit draws strings left to right as given and has no
// bidirectional algorithm, so a line such as "النتيجة 52.4 من 100" would come out with its
// words, or its numbers, in the wrong order. This module turns one line of text (in reading
// order) into pieces in the order they appear on the page, left to right, each drawn with one
// font. It is pure: the PDF writer measures and draws the pieces.
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** Which of the report's two font families draws a character. */
export type Family = "latin" | "arabic";

export interface Piece {
  /**
   * The characters to hand to the font. For a right-to-left piece in Arabic script this is in
   * reading order, because the font's shaping (letters joining) needs it and then places the
   * glyphs right to left itself. Every other piece is already in page order.
   */
  text: string;
  family: Family;
  /** A space before this piece on the page (spaces are not drawn as glyphs; see pieceWidth). */
  spaceBefore: boolean;
}

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const STRONG = /[\p{L}]/u;
/** Invisible format marks (direction marks that Intl puts in numbers, for one): never drawn. */
export const INVISIBLE = /\p{Cf}/u;

/**
 * The direction a paragraph reads in: that of its first letter, as a browser's `dir="auto"`
 * does, so an English note in an Arabic report still reads left to right. Text without letters
 * (a number, a date) reads left to right, so "-16.7" keeps its sign in front.
 */
export function paragraphDirection(text: string): Direction {
  for (const ch of text) {
    if (RTL_SCRIPT.test(ch) && STRONG.test(ch)) return "rtl";
    if (STRONG.test(ch)) return "ltr";
  }
  return "ltr";
}

/** Text the standard fonts alone can lay out: no right-to-left script and a left-to-right report. */
export function needsBidiLayout(text: string, direction: Direction): boolean {
  return direction === "rtl" || RTL_SCRIPT.test(text);
}

/** Characters used in Arabic (letters, vowel marks, the Arabic comma) go to the Arabic font. */
export function familyOf(ch: string): Family {
  return /\p{Script_Extensions=Arabic}/u.test(ch) ? "arabic" : "latin";
}

/**
 * Splits one line (no line breaks, in reading order) into pieces in page order, left to right.
 * Spaces separate pieces and are reported as `spaceBefore`; mirrored characters such as
 * brackets are swapped inside right-to-left runs; invisible format marks are dropped.
 */
export function visualPieces(line: string, direction: Direction): Piece[] {
  if (line === "") return [];
  const levels = bidi.getEmbeddingLevels(line, direction);
  const order = bidi.getReorderedIndices(line, levels);
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const pieces: Piece[] = [];
  let current: { chars: number[]; family: Family; rtl: boolean; spaceBefore: boolean } | null = null;
  let pendingSpace = false;
  const flush = () => {
    if (current) pieces.push(...toPieces(line, current.chars, current.family, current.rtl, current.spaceBefore, mirrored));
    current = null;
  };
  for (const index of order) {
    const ch = line[index]!;
    if (/\s/.test(ch)) {
      flush();
      pendingSpace = pieces.length > 0;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    const family = familyOf(ch);
    const rtl = levels.levels[index]! % 2 === 1;
    const previous: number | undefined = current?.chars.at(-1);
    // A piece holds one font and one direction, and characters adjacent in reading order.
    const continues = current !== null && current.family === family && current.rtl === rtl && previous !== undefined && adjacent(line, previous, index);
    if (!continues) {
      flush();
      current = { chars: [], family, rtl, spaceBefore: pendingSpace };
      pendingSpace = false;
    }
    current!.chars.push(index);
  }
  flush();
  return pieces;
}

/** Neighbours in reading order, ignoring invisible marks between them. */
function adjacent(line: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = from + 1; i < to; i++) if (!INVISIBLE.test(line[i]!)) return false;
  return true;
}

function toPieces(line: string, pageOrder: number[], family: Family, rtl: boolean, spaceBefore: boolean, mirrored: Map<number, string>): Piece[] {
  const charAt = (i: number) => mirrored.get(i) ?? line[i]!;
  const inPageOrder = pageOrder.map(charAt);
  // The font reverses a run only when it is in a right-to-left script. Hand it reading order
  // exactly then; otherwise (Latin words, digits, punctuation) give it page order.
  const fontReverses = RTL_SCRIPT.test(inPageOrder.join(""));
  if (rtl && fontReverses) return [{ text: [...inPageOrder].reverse().join(""), family, spaceBefore }];
  // Arabic-Indic digits read left to right inside Arabic text, but the font would reverse
  // them as Arabic script: one character per piece keeps them in page order (digits never join).
  if (!rtl && fontReverses) return inPageOrder.map((text, i) => ({ text, family, spaceBefore: i === 0 && spaceBefore }));
  return [{ text: inPageOrder.join(""), family, spaceBefore }];
}

/** Splits text into lines that fit `width`, breaking at spaces; a word longer than a line is cut. */
export function wrapWords(text: string, width: number, measure: (s: string) => number, spaceWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      for (const part of splitLongWord(word, width, measure)) {
        const w = measure(part);
        if (line !== "" && lineWidth + spaceWidth + w <= width) {
          line += ` ${part}`;
          lineWidth += spaceWidth + w;
        } else {
          if (line !== "") lines.push(line);
          line = part;
          lineWidth = w;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

function splitLongWord(word: string, width: number, measure: (s: string) => number): string[] {
  if (measure(word) <= width) return [word];
  const parts: string[] = [];
  let part = "";
  for (const ch of word) {
    if (part !== "" && measure(part + ch) > width) {
      parts.push(part);
      part = "";
    }
    part += ch;
  }
  if (part !== "") parts.push(part);
  return parts;
}
