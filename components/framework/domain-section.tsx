import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DomainWithCapabilities } from "@/lib/framework/navigate";

export async function DomainSection({ domain }: { domain: DomainWithCapabilities }) {
  const t = await getTranslations("framework");
  const headingId = `domain-${domain.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-5">
      <h3 id={headingId} className="text-lg font-semibold text-brand">
        {t("domainHeading", { number: domain.number, name: domain.name })}
      </h3>
      <p className="mt-1 text-sm text-muted">
        <span className="font-medium">{t("outcome")}: </span>
        {domain.outcome}
      </p>
      <ol className="mt-4 space-y-3">
        {domain.capabilities.map((c) => (
          <li key={c.key}>
            <Link
              href={`/framework/${c.key}`}
              className="group block rounded border border-transparent p-2 hover:border-line hover:bg-paper"
            >
              <span className="font-medium text-brand underline-offset-4 group-hover:underline">
                {c.number}. {c.name}
              </span>
              <span className="mt-1 block text-sm text-ink">{c.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
