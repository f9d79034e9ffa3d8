import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CapabilityPager } from "@/components/framework/capability-pager";
import { CapabilityRelations } from "@/components/framework/capability-relations";
import { LevelBadge } from "@/components/framework/level-badge";
import { loadLocalisedFramework } from "@/lib/i18n/framework";
import { findCapability } from "@/lib/framework/navigate";

type Props = { params: Promise<{ capabilityKey: string }> };

async function load(props: Props) {
  const { capabilityKey } = await props.params;
  const framework = await loadLocalisedFramework();
  const capability = framework ? findCapability(framework.definition, capabilityKey) : undefined;
  if (!framework || !capability) notFound();
  return { def: framework.definition, capability };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { capability } = await load(props);
  return { title: `${capability.number}. ${capability.name}` };
}

export default async function CapabilityPage(props: Props) {
  await connection();
  const { def, capability } = await load(props);
  const t = await getTranslations("capability");
  const domain = def.domains.find((d) => d.key === capability.domain)!;
  return (
    <article className="max-w-4xl space-y-10">
      <header>
        <p>
          <Link href="/framework" className="text-sm font-medium text-brand underline underline-offset-4">
            {t("backToFramework")}
          </Link>
        </p>
        <p className="mt-4 text-sm text-muted">{t("domainLine", { number: domain.number, name: domain.name })}</p>
        <h1 className="mt-1 text-3xl font-semibold">
          {capability.number}. {capability.name}
        </h1>
        <h2 className="sr-only">{t("summary")}</h2>
        <p className="mt-4 text-lg">{capability.summary}</p>
      </header>

      <section aria-labelledby="descriptors-title">
        <h2 id="descriptors-title" className="text-2xl font-semibold">{t("descriptorsTitle")}</h2>
        <p className="mt-2">{t("descriptorsIntro")}</p>
        <ol className="mt-4 space-y-3">
          {def.scale.levels.map((level) => (
            <li key={level.key} className="rounded border border-line bg-white p-4">
              <h3 className="font-semibold">
                <span className="sr-only">{t("levelHeading", { value: level.value, label: level.label })}</span>
                <span aria-hidden="true">
                  <LevelBadge value={level.value} label={level.label} />
                </span>
              </h3>
              <p className="mt-2">{capability.descriptors[String(level.value)]}</p>
            </li>
          ))}
        </ol>
      </section>

      <CapabilityRelations def={def} capability={capability} />
      <CapabilityPager def={def} capability={capability} />
    </article>
  );
}
