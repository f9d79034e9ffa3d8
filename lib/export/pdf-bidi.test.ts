import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Piece, paragraphDirection, needsBidiLayout, visualPieces, wrapWords } from "./pdf-bidi";

const texts = (pieces: Piece[]) => pieces.map((p) => p.text);

describe("visualPieces", () => {
  it("puts the words of an Arabic line right to left, each word in reading order for shaping", () => {
    // "national strategy" : the first word read is the rightmost on the page.
    expect(texts(visualPieces("الاستراتيجية الوطنية", "rtl"))).toEqual(["الوطنية", "الاستراتيجية"]);
    expect(visualPieces("الاستراتيجية الوطنية", "rtl").map((p) => p.family)).toEqual(["arabic", "arabic"]);
  });

  it("keeps numbers left to right inside Arabic text", () => {
    // "The score is 52.4 out of 100"
    expect(texts(visualPieces("النتيجة 52.4 من 100", "rtl"))).toEqual(["100", "من", "52.4", "النتيجة"]);
  });

  it("swaps brackets in right-to-left runs so they still enclose their text", () => {
    // "(target 75.0)": on the page the opening bracket is at the right, drawn as "(" mirrored.
    const pieces = visualPieces("33.3 (الهدف 75.0)", "rtl");
    expect(texts(pieces)).toEqual(["(", "75.0", "الهدف", ")", "33.3"]);
    expect(pieces.map((p) => p.spaceBefore)).toEqual([false, false, true, false, true]);
  });

  it("lays an Arabic phrase inside an English line right to left, the rest left to right", () => {
    expect(texts(visualPieces("Lead agency: وزارة العدل today", "ltr"))).toEqual(["Lead", "agency:", "العدل", "وزارة", "today"]);
  });

  it("draws Arabic-Indic digits one by one so the font cannot reverse them", () => {
    // "year ٢٠٢٤": the digits are Arabic script but read left to right.
    expect(texts(visualPieces("عام ٢٠٢٤", "rtl"))).toEqual(["٢", "٠", "٢", "٤", "عام"]);
  });

  it("gives vowel marks and the Arabic comma to the Arabic font", () => {
    const pieces = visualPieces("التغيّر، كينيا", "rtl");
    expect(pieces.every((p) => p.family === "arabic")).toBe(true);
    expect(texts(pieces)).toEqual(["كينيا", "التغيّر،"]);
  });

  it("drops invisible direction marks that Intl puts in formatted numbers", () => {
    expect(texts(visualPieces("45\u200E%\u200E", "ltr"))).toEqual(["45%"]);
  });

  it("loses no visible character, for any mix of scripts", () => {
    const alphabet = fc.constantFrom(..."ab1 2(ج)دهو،.-".split(""), "٣");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.constantFrom("ltr" as const, "rtl" as const), (chars, dir) => {
        const line = chars.join("");
        // A bracket may be drawn mirrored: count brackets as one kind.
        const bracket = (c: string) => (c === "(" || c === ")" ? "()" : c);
        const original = [...line].filter((c) => c !== " ").map(bracket);
        const drawn = visualPieces(line, dir).flatMap((p) => [...p.text].map(bracket));
        expect(drawn.sort()).toEqual(original.sort());
      }),
    );
  });
});

describe("paragraphDirection", () => {
  it("follows the first letter, and a text without letters reads left to right", () => {
    expect(paragraphDirection("2024 تقرير")).toBe("rtl");
    expect(paragraphDirection("+1 Parliament committee")).toBe("ltr");
    expect(paragraphDirection("-16.7")).toBe("ltr");
    expect(paragraphDirection("—")).toBe("ltr");
  });
});

describe("needsBidiLayout", () => {
  it("is needed for every text of an Arabic report, and for Arabic in any report", () => {
    expect(needsBidiLayout("Summary", "ltr")).toBe(false);
    expect(needsBidiLayout("Résumé", "ltr")).toBe(false);
    expect(needsBidiLayout("Lead: وزارة", "ltr")).toBe(true);
    expect(needsBidiLayout("Summary", "rtl")).toBe(true);
  });
});

describe("wrapWords", () => {
  const measure = (s: string) => s.length;

  it("breaks at spaces, keeps paragraphs, and cuts only a word longer than a line", () => {
    expect(wrapWords("aa bb cc\ndd", 5, measure, 1)).toEqual(["aa bb", "cc", "dd"]);
    expect(wrapWords("abcdefgh", 3, measure, 1)).toEqual(["abc", "def", "gh"]);
  });

  it("never overflows a line made of several words, and keeps every word in order", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 20 }), fc.integer({ min: 6, max: 30 }), (words, width) => {
        const lines = wrapWords(words.join(" "), width, measure, 1);
        for (const line of lines) if (line.includes(" ")) expect(line.length).toBeLessThanOrEqual(width);
        expect(lines.join(" ")).toBe(words.join(" "));
      }),
    );
  });
});
