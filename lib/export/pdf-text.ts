// The PDF uses the 14 standard fonts (Helvetica), which only carry the Windows-1252 (WinAnsi)
// characters: enough for English, French, Spanish and Portuguese. Arabic, Russian or Chinese
// need an embedded Unicode font (doc.registerFont with a TTF, plus right-to-left shaping for
// Arabic); that is planned separately. Until then other characters become "?" instead of the
// unreadable glyphs pdfkit would draw.

/** The printable characters WinAnsi adds in 0x80-0x9F. */
const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** Common symbols outside WinAnsi with a faithful ASCII spelling. */
const SUBSTITUTES: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "→": "->",
  "←": "<-",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "\u202F": " ",
  "\u2009": " ",
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === "\n" || CP1252_EXTRAS.includes(ch);
}

export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    out += isWinAnsi(ch) ? ch : (SUBSTITUTES[ch] ?? "?");
  }
  return out;
}
