import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { dataVersion } from "../schema";

/** The number of committed changes to page content so far (see migration 0010). */
export async function getDataVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.version ?? 0;
}
