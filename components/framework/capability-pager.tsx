import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Capability, FrameworkDefinition } from "@/lib/framework/schema";

export async function CapabilityPager({ def, capability }: { def: FrameworkDefinition; capability: Capability }) {
  const t = await getTranslations("capability");
  const index = def.capabilities.findIndex((c) => c.key === capability.key);
  const prev = def.capabilities[index - 1];
  const next = def.capabilities[index + 1];
  const cls = "inline-flex min-h-11 items-center rounded border border-line bg-white px-3 py-2 text-sm font-medium text-brand hover:bg-brand-soft";
  return (
    <nav aria-label={t("pagerLabel")} className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
      {prev ? (
        <Link href={`/framework/${prev.key}`} rel="prev" className={cls}>
          {t("previous", { number: prev.number, name: prev.name })}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/framework/${next.key}`} rel="next" className={cls}>
          {t("next", { number: next.number, name: next.name })}
        </Link>
      ) : null}
    </nav>
  );
}
