import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

const sections = [
  ["standardTitle", ["standard"]],
  ["testedTitle", ["testedAxe", "testedKeyboard", "testedLanguages", "testedLighthouse"]],
  ["designTitle", ["designFocus", "designColour", "designCharts", "designMotion", "designTargets", "designErrors"]],
  ["limitsTitle", ["limitsPdf", "limitsTranslations", "limitsManual"]],
  ["contactTitle", ["contact"]],
] as const;

/** What the app does for accessibility, how that is checked, and what is not done yet. */
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibility");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {sections.map(([title, items]) => (
        <section key={title} aria-labelledby={`a-${title}`} className="space-y-2">
          <h2 id={`a-${title}`} className="text-2xl font-semibold">{t(title)}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {items.map((i) => <li key={i}>{t(i)}</li>)}
          </ul>
        </section>
      ))}
    </article>
  );
}
