import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { DependencyList } from "@/components/framework/dependency-list";
import { DomainSection } from "@/components/framework/domain-section";
import { FrameworkMissing } from "@/components/framework/framework-missing";
import { LevelScale } from "@/components/framework/level-scale";
import { loadLocalisedFramework } from "@/lib/i18n/framework";
import { groupByDomain } from "@/lib/framework/navigate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("framework");
  return { title: t("title") };
}

export default async function FrameworkPage() {
  await connection();
  const t = await getTranslations("framework");
  const locale = await getLocale();
  const framework = await loadLocalisedFramework();
  if (!framework) return <FrameworkMissing />;
  const def = framework.definition;
  return (
    <div className="space-y-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("versionLine", { name: def.name, version: def.version })}</p>
        <p className="mt-4">{t("intro")}</p>
        {locale !== def.locale ? <p className="mt-2 text-sm text-muted">{t("translationNote")}</p> : null}
      </header>

      <section aria-labelledby="domains-title">
        <h2 id="domains-title" className="text-2xl font-semibold">{t("domainsTitle")}</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {groupByDomain(def).map((d) => (
            <DomainSection key={d.key} domain={d} />
          ))}
        </div>
      </section>

      <section aria-labelledby="scale-title" className="max-w-4xl">
        <h2 id="scale-title" className="text-2xl font-semibold">{t("scaleTitle")}</h2>
        <p className="mt-2 mb-4">{t("scaleIntro")}</p>
        <LevelScale levels={def.scale.levels} />
      </section>

      <section aria-labelledby="enablers-title" className="max-w-4xl">
        <h2 id="enablers-title" className="text-2xl font-semibold">{t("enablersTitle")}</h2>
        <p className="mt-2 mb-4">{t("enablersIntro")}</p>
        <dl className="grid gap-3 md:grid-cols-2">
          {def.enablers.map((e) => (
            <div key={e.key} className="rounded border border-line bg-white p-4">
              <dt className="font-medium">{e.name}</dt>
              <dd className="mt-1 text-sm">{e.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="deps-title" className="max-w-4xl">
        <h2 id="deps-title" className="text-2xl font-semibold">{t("dependenciesTitle")}</h2>
        <p className="mt-2 mb-4">{t("dependenciesIntro")}</p>
        <DependencyList definition={def} />
      </section>
    </div>
  );
}
