// Latin text in the PDF uses the standard Helvetica fonts, which only carry the Windows-1252
// (WinAnsi) characters: enough for English, French, Spanish and Portuguese. Arabic goes to an
// embedded font (pdf-fonts.ts, pdf-layout.ts). Any other character (Cyrillic, Chinese) becomes
// "?" instead of the unreadable glyph pdfkit would draw; a language in another script needs
// its own embedded font first.

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
