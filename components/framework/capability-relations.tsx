import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findDependents } from "@/lib/framework/navigate";
import type { Capability, FrameworkDefinition } from "@/lib/framework/schema";

export async function CapabilityRelations({ def, capability }: { def: FrameworkDefinition; capability: Capability }) {
  const t = await getTranslations("capability");
  const tf = await getTranslations("framework");
  const byKey = new Map(def.capabilities.map((c) => [c.key, c]));
  const dependents = findDependents(def, capability.key);
  const linkClass = "font-medium text-brand underline underline-offset-4";
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="prereq-title">
        <h2 id="prereq-title" className="text-xl font-semibold">{t("prerequisitesTitle")}</h2>
        {capability.prerequisites.length === 0 ? (
          <p className="mt-2 text-muted">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {capability.prerequisites.map((p) => {
              const other = byKey.get(p.capability)!;
              return (
                <li key={p.capability}>
                  <span className="text-muted">{tf(p.kind)} </span>
                  <Link href={`/framework/${other.key}`} className={linkClass}>
                    {other.number}. {other.name}
                  </Link>
                  <span className="block text-sm">{p.note}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="dependents-title">
        <h2 id="dependents-title" className="text-xl font-semibold">{t("dependentsTitle")}</h2>
        {dependents.length === 0 ? (
          <p className="mt-2 text-muted">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {dependents.map((d) => (
              <li key={d.key}>
                <Link href={`/framework/${d.key}`} className={linkClass}>
                  {d.number}. {d.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
