import { NextResponse } from "next/server";
import { loadComparison, readUpTo } from "@/app/(app)/compare/data";
import { defineRoute } from "@/lib/auth/route";
import { aggregate, aggregateToRows, buildNamedComparison, namedComparisonToRows, type FlatRow } from "@/lib/comparison";
import { toCsv } from "@/lib/export";

export const dynamic = "force-dynamic";

function rowsToCsv(rows: FlatRow[]): string {
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  return toCsv([columns, ...rows.map((r) => columns.map((c) => r[c] ?? null))], { bom: true });
}

/** The comparison views as CSV: the same results the pages show, under the same rules. */
export const GET = defineRoute({
  name: "comparison.export",
  permission: "comparison.read",
  auditReads: true,
  handler: async ({ request, note }) => {
    const url = new URL(request.url);
    const view = url.searchParams.get("view");
    const upTo = readUpTo(url.searchParams.get("upTo"));
    const { minGroupSize, memo } = await loadComparison();
    let rows: FlatRow[];
    if (view === "named") {
      const selected = url.searchParams.getAll("c").filter((c) => /^[A-Z]{2}$/.test(c)).slice(0, 30);
      const sort = url.searchParams.get("sort") === "region" ? "region" : "name";
      note({ view, countries: selected.join(","), upTo: upTo ?? null });
      rows = namedComparisonToRows(memo(`named|${selected.join(",")}|${upTo}|${sort}|en`, (c) => buildNamedComparison(c, selected, { upTo, sort, locale: "en" })));
    } else if (view === "aggregate") {
      const byRaw = url.searchParams.get("by");
      const by = byRaw === "region" || byRaw === "incomeGroup" ? byRaw : "all";
      note({ view, by, upTo: upTo ?? null });
      rows = aggregateToRows(memo(`agg|${by}|${upTo}`, (c) => aggregate(c, { by, upTo, minGroupSize })));
    } else {
      return NextResponse.json({ error: 'unknown view: use "named" or "aggregate"' }, { status: 400 });
    }
    return new NextResponse(rowsToCsv(rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="mnr-comparison-${view}.csv"`, "Cache-Control": "private, no-store" },
    });
  },
});
