import { NextResponse } from "next/server";
import { streamOpenDataCycles } from "@/db/queries/open-data";
import { defineRoute } from "@/lib/auth/route";
import { scopeOf } from "@/lib/auth/scope";
import { openDataDictionary, streamOpenDataCsv, streamOpenDataJson, toCsv } from "@/lib/export";

export const dynamic = "force-dynamic";

/** Async chunks to a web stream: pulled one at a time, so the server holds one batch, not the export. */
function toStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Every assessment the reader may see, one row per capability and cycle, and its data dictionary. */
export const GET = defineRoute({
  name: "openData.export",
  permission: "export.shared",
  auditReads: true,
  handler: async ({ request, user, getDb, note }) => {
    const format = new URL(request.url).searchParams.get("format") ?? "csv";
    note({ format: format.slice(0, 12) });
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "dictionary") {
      const csv = toCsv([["column", "type", "description"], ...openDataDictionary.map((d) => [d.column, d.type, d.description])], { bom: true });
      return new NextResponse(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="mnr-open-data-dictionary.csv"' } });
    }
    if (format !== "csv" && format !== "json") return NextResponse.json({ error: 'unknown format: use "csv", "json" or "dictionary"' }, { status: 400 });
    const scope = scopeOf(user);
    const cycles = streamOpenDataCycles(await getDb(), scope);
    const body = format === "csv" ? streamOpenDataCsv(cycles, { bom: true }) : streamOpenDataJson(cycles);
    return new NextResponse(toStream(body), {
      headers: {
        ...headers,
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mnr-open-data.${format}"`,
      },
    });
  },
});
