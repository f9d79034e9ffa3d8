import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { loadLocalisedFramework } from "@/lib/i18n/framework";

const audiences = [
  ["whoMinistriesTitle", "whoMinistries"],
  ["whoSecretariatTitle", "whoSecretariat"],
  ["whoBoardTitle", "whoBoard"],
  ["whoNgoTitle", "whoNgo"],
] as const;

const principles = ["principleConsent", "principleNoRanking", "principleAnonymous"] as const;

export default async function HomePage() {
  await connection();
  const t = await getTranslations("home");
  const framework = await loadLocalisedFramework();
  const def = framework?.definition;
  return (
    <div className="space-y-12">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-semibold leading-tight md:text-4xl">{t("title")}</h1>
        <p className="mt-4 text-lg">{t("lead")}</p>
        <p className="mt-6">
          <Link
            href="/framework"
            className="inline-flex min-h-11 items-center rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-dark"
          >
            {t("exploreFramework")}
          </Link>
        </p>
      </section>

      {def ? (
        <section aria-labelledby="glance-title">
          <h2 id="glance-title" className="text-2xl font-semibold">{t("atAGlanceTitle")}</h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-3">
            {[
              t("domainsCount", { count: def.domains.length }),
              t("capabilitiesCount", { count: def.capabilities.length }),
              t("levelsCount", { count: def.scale.levels.length }),
            ].map((line) => (
              <li key={line} className="rounded-lg border border-line bg-white p-4 text-lg font-medium">
                {line}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="who-title">
        <h2 id="who-title" className="text-2xl font-semibold">{t("whoTitle")}</h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {audiences.map(([title, body]) => (
            <li key={title} className="rounded-lg border border-line bg-white p-5">
              <h3 className="font-semibold text-brand">{t(title)}</h3>
              <p className="mt-2">{t(body)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="principles-title" className="max-w-3xl">
        <h2 id="principles-title" className="text-2xl font-semibold">{t("principlesTitle")}</h2>
        <ul className="mt-4 list-disc space-y-2 ps-6">
          {principles.map((p) => (
            <li key={p}>{t(p)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
