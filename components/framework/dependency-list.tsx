import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FrameworkDefinition } from "@/lib/framework/schema";

export async function DependencyList({ definition }: { definition: FrameworkDefinition }) {
  const t = await getTranslations("framework");
  const byKey = new Map(definition.capabilities.map((c) => [c.key, c]));
  const links = definition.capabilities.flatMap((c) => c.prerequisites.map((p) => ({ from: c, to: byKey.get(p.capability)!, ...p })));
  return (
    <ul className="space-y-2">
      {links.map((l) => (
        <li key={`${l.from.key}-${l.to.key}`} className="rounded border border-line bg-white p-3 text-sm">
          <Link href={`/framework/${l.from.key}`} className="font-medium text-brand underline underline-offset-4">
            {l.from.number}. {l.from.name}
          </Link>{" "}
          <span className="text-muted">{t(l.kind)}</span>{" "}
          <Link href={`/framework/${l.to.key}`} className="font-medium text-brand underline underline-offset-4">
            {l.to.number}. {l.to.name}
          </Link>
          <span className="mt-1 block text-ink">{l.note}</span>
        </li>
      ))}
    </ul>
  );
}
