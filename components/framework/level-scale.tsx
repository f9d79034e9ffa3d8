import { getTranslations } from "next-intl/server";
import type { MaturityLevel } from "@/lib/framework/schema";

export async function LevelScale({ levels }: { levels: MaturityLevel[] }) {
  const t = await getTranslations("framework");
  return (
    <>
      <div className="overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-label={t("scaleTitle")}>
        <table className="w-full text-start text-sm">
          <thead className="bg-brand-soft">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t("levelColumn")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("labelColumn")}</th>
              <th scope="col" className="px-3 py-2 text-start">{t("meaningColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.key} className="border-t border-line align-top">
                <td className="px-3 py-2 font-mono">{level.value}</td>
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  {level.label}
                  {level.ownLabel ? (
                    <span className="ms-2 text-xs font-normal text-muted" title={t("ownLabel")}>
                      ({t("ownMarker")})
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2">{level.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">{t("ownLabelNote", { marker: t("ownMarker"), first: levels[0]?.label ?? "", last: levels.at(-1)?.label ?? "" })}</p>
    </>
  );
}
