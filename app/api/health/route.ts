import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { getMigrationState } from "@/db/migrate";

export const dynamic = "force-dynamic";

// Readiness: 200 only when the database is open and every shipped migration is applied.
export async function GET() {
  try {
    const handle = await getDatabase();
    const migrations = await getMigrationState(handle);
    const body = { status: migrations.upToDate ? "ok" : "not-migrated", engine: handle.engine, migrations };
    return NextResponse.json(body, { status: migrations.upToDate ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("health check failed", err);
    return NextResponse.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
