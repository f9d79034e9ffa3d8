// Interface languages. Adding one: a catalogue in messages/, an entry here.
export const locales = ["en", "fr", "es", "ar"] as const;
/** Each language named in itself (endonyms), as a language menu shows them. */
export const languageNames: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية" };
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "mnr_locale";

const rtlLanguages = new Set(["ar", "fa", "he", "ur"]);

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return rtlLanguages.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}

/** Picks the best supported locale from an Accept-Language header (quality values respected). */
export function negotiateLocale(acceptLanguage: string | null | undefined, supported: readonly string[] = locales): string {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const exact = supported.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = supported.find((l) => l.toLowerCase() === tag.split("-")[0]);
    if (base) return base;
  }
  return defaultLocale;
}
