"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { chooseLanguage } from "@/app/locale-actions";
import { languageNames, locales, type Locale } from "@/lib/i18n/config";

/** A select and a button, not a select that acts on change: changing language is the user's explicit step. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useTranslations("layout");
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState<Locale>(current);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await chooseLanguage({ locale: value });
          if (r.ok) router.refresh();
        });
      }}
    >
      <label htmlFor={id} className="text-sm">{t("language")}</label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value as Locale)} className="min-h-11 rounded border border-white/60 bg-brand px-2 text-white">
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>{languageNames[l]}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-white/60 px-3 hover:bg-white/10 disabled:opacity-60">{t("applyLanguage")}</button>
    </form>
  );
}
