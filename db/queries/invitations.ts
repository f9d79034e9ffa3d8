import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { countries, invitations, users } from "../schema";

export interface NewInvitation {
  id: string;
  email: string;
  role: string;
  countryIso2: string | null;
  tokenHash: string;
  expiresAt: Date;
  createdBy: string;
}

export async function createInvitation(db: Db, invitation: NewInvitation) {
  await db.insert(invitations).values(invitation);
}

/** An invitation that can still be used: not accepted, not revoked, not expired. */
export async function findUsableInvitation(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)));
  return row ?? null;
}

/** Marks an invitation used; false when someone else used it first (one-time links). */
export async function claimInvitation(db: Db, id: string, now: Date): Promise<boolean> {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .returning({ id: invitations.id });
  return !!row;
}

export async function revokeInvitation(db: Db, id: string, now: Date): Promise<boolean> {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return !!row;
}

/** Invitations that can still be used, newest first. */
export async function listPendingInvitations(db: Db) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      countryIso2: invitations.countryIso2,
      countryName: countries.name,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      createdByEmail: users.email,
    })
    .from(invitations)
    .leftJoin(countries, eq(countries.iso2, invitations.countryIso2))
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
}
