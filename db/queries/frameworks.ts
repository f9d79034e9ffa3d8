import { and, desc, eq } from "drizzle-orm";
import { checksumDefinition } from "@/lib/framework/checksum";
import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Db } from "../client";
import { frameworkVersions, type FrameworkVersionRow } from "../schema";

export type ImportOutcome =
  | { status: "imported"; id: number; checksum: string }
  | { status: "unchanged"; id: number; checksum: string }
  | { status: "conflict"; id: number; message: string };

/**
 * Stores a validated definition as a new immutable version. Importing the same
 * content again is a no-op; different content under an existing version is refused.
 */
export async function importFrameworkVersion(db: Db, definition: FrameworkDefinition): Promise<ImportOutcome> {
  const checksum = checksumDefinition(definition);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: frameworkVersions.id, checksum: frameworkVersions.checksum })
      .from(frameworkVersions)
      .where(and(eq(frameworkVersions.frameworkKey, definition.key), eq(frameworkVersions.version, definition.version)));
    if (existing) {
      if (existing.checksum === checksum) return { status: "unchanged", id: existing.id, checksum };
      return {
        status: "conflict",
        id: existing.id,
        message: `${definition.key} version ${definition.version} already exists with different content; versions are immutable, so import the correction under a new version number`,
      };
    }
    const [row] = await tx
      .insert(frameworkVersions)
      .values({ frameworkKey: definition.key, version: definition.version, name: definition.name, definition, checksum })
      .returning({ id: frameworkVersions.id });
    return { status: "imported", id: row!.id, checksum };
  });
}

export interface StoredFramework {
  id: number;
  version: string;
  importedAt: Date;
  definition: FrameworkDefinition;
}

function toStored(row: FrameworkVersionRow): StoredFramework {
  // Definitions are validated before they are stored and can never change afterwards.
  return { id: row.id, version: row.version, importedAt: row.importedAt, definition: row.definition as FrameworkDefinition };
}

/** The newest version of a framework: the one new assessments use. */
export async function getCurrentFramework(db: Db, frameworkKey = "mnr"): Promise<StoredFramework | null> {
  const [row] = await db
    .select()
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkKey, frameworkKey))
    .orderBy(desc(frameworkVersions.importedAt), desc(frameworkVersions.id))
    .limit(1);
  return row ? toStored(row) : null;
}

export async function listFrameworkVersions(db: Db) {
  return db
    .select({
      id: frameworkVersions.id,
      frameworkKey: frameworkVersions.frameworkKey,
      version: frameworkVersions.version,
      name: frameworkVersions.name,
      checksum: frameworkVersions.checksum,
      importedAt: frameworkVersions.importedAt,
    })
    .from(frameworkVersions)
    .orderBy(frameworkVersions.frameworkKey, frameworkVersions.id);
}

export async function getFrameworkVersionById(db: Db, id: number): Promise<StoredFramework | null> {
  const [row] = await db.select().from(frameworkVersions).where(eq(frameworkVersions.id, id));
  return row ? toStored(row) : null;
}

// Stored framework versions can never change (a trigger refuses it), so a definition read once
// per database handle stays true for the life of the process.
const definitionCache = new WeakMap<Db, Map<number, FrameworkDefinition>>();

export async function getFrameworkDefinition(db: Db, id: number): Promise<FrameworkDefinition | null> {
  let byId = definitionCache.get(db);
  if (!byId) definitionCache.set(db, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return hit;
  const stored = await getFrameworkVersionById(db, id);
  if (stored) byId.set(id, stored.definition);
  return stored?.definition ?? null;
}
