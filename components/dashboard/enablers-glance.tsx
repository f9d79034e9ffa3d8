import { getTranslations } from "next-intl/server";

/** How the cross-cutting enablers stand, in words (never colour alone). */
export async function EnablersGlance({ enablers, ratings }: { enablers: { key: string; name: string }[]; ratings: Map<string, string | null> }) {
  const t = await getTranslations("enablers");
  const marks: Record<string, string> = { absent: "○", partial: "◐", strong: "●" };
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="enablers-glance">
      {enablers.map((e) => {
        const r = ratings.get(e.key) ?? null;
        return (
          <li key={e.key} className="rounded border border-line bg-white p-3">
            <span className="font-medium">{e.name}</span>
            <span className="block text-sm">
              <span aria-hidden="true">{r ? marks[r] : "–"} </span>
              {r ? t(`ratings.${r as "absent"}`) : t("notRated")}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
