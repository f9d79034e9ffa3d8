/** Catalogue key for an anonymous group's name: income groups are translated, regions and "all" too. */
export function groupLabelKey(family: string, label: string | null): { key: string; fallback: string } {
  if (family === "all") return { key: "groups.all", fallback: "" };
  if (family === "incomeGroup") return { key: `income.${label}`, fallback: label ?? "" };
  return { key: `regions.${label}`, fallback: label ?? "" };
}
