import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { getMigrationState } from "@/db/migrate";
import { defineRoute } from "@/lib/auth/route";
import { summariseError } from "@/lib/security/error-summary";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

// Readiness: 200 only when the database is open and every shipped migration is applied.
export const GET = defineRoute({
  name: "health.read",
  permission: "public",
  handler: async () => {
    try {
      const handle = await getDatabase();
      const migrations = await getMigrationState(handle);
      const body = { status: migrations.upToDate ? "ok" : "not-migrated", engine: handle.engine, migrations };
      return NextResponse.json(body, { status: migrations.upToDate ? 200 : 503, headers: noStore });
    } catch (err) {
      console.error(`health check failed: ${summariseError(err)}`);
      return NextResponse.json({ status: "unavailable" }, { status: 503, headers: noStore });
    }
  },
});
