import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, sessionCookieBase, type Auth } from "@/lib/auth/auth-server";
import { hashToken, tokenFromSignedCookie } from "@/lib/auth/tokens";
import type { DatabaseHandle } from "./client";
import { migrationsFolder, rowsOf } from "./migrate";
import { deleteSessionsOfUser, getSignedInBySessionToken, setUserActive } from "./queries/users";
import { openTestDatabase, testEngine } from "./test/database";

// A copy of the database must not be a way in: the sessions table keeps hashes, not tokens.
describe(`session tokens on ${testEngine}`, () => {
  let handle: DatabaseHandle;
  let auth: Auth;
  const secret = randomBytes(48).toString("base64url");
  const password = "correct horse battery staple";
  let counter = 0;

  beforeAll(async () => {
    handle = await openTestDatabase();
    auth = createAuth(handle.db, secret, false, "http://localhost:3000");
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function newUser(): Promise<{ id: string; email: string }> {
    counter += 1;
    const email = `session-${counter}-${randomBytes(3).toString("hex")}@test.mnr.example`;
    const ctx = await auth.$context;
    const user = await ctx.internalAdapter.createUser({ email, name: "Test", emailVerified: true, role: "secretariat", active: true, isDemo: false }, { method: "invitation" });
    await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: await ctx.password.hash(password) });
    return { id: user.id, email };
  }

  const cookieOf = (headers: Headers): string | null => {
    const match = new RegExp(`${sessionCookieBase}=([^;]*)`).exec(headers.get("set-cookie") ?? "");
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  };
  const cookieHeader = (value: string) => new Headers({ cookie: `${sessionCookieBase}=${encodeURIComponent(value)}` });
  const signed = (token: string) => `${token}.${createHmac("sha256", secret).update(token).digest("base64")}`;

  async function signIn(email: string): Promise<{ cookie: string; token: string }> {
    const { headers } = await auth.api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
    const cookie = cookieOf(headers)!;
    return { cookie, token: tokenFromSignedCookie(cookie, secret)! };
  }

  const storedTokens = async (userId: string) =>
    rowsOf<{ token: string }>(await handle.db.execute(sql`select token from sessions where user_id = ${userId} order by created_at`)).map((r) => r.token);

  it("stores the hash of the cookie's token, and the cookie signs the user in", async () => {
    const user = await newUser();
    const { cookie, token } = await signIn(user.email);
    const [stored] = await storedTokens(user.id);
    expect(stored).not.toBe(token);
    expect(stored).toBe(hashToken(token));
    expect((await auth.api.getSession({ headers: cookieHeader(cookie) }))?.user.id).toBe(user.id);
    expect((await getSignedInBySessionToken(handle.db, token))?.user.id).toBe(user.id);
  });

  it("a token copied from the sessions table is no cookie, even signed with the key", async () => {
    const user = await newUser();
    await signIn(user.email);
    const [stolen] = await storedTokens(user.id);
    expect(await auth.api.getSession({ headers: cookieHeader(signed(stolen!)) })).toBeNull();
    expect(await getSignedInBySessionToken(handle.db, stolen!)).toBeNull();
  });

  it("a refreshed session keeps the same cookie token and the table still only its hash", async () => {
    const user = await newUser();
    const { cookie, token } = await signIn(user.email);
    // Old enough for the library to extend it (updateAge is an hour).
    await handle.db.execute(sql`update sessions set expires_at = now() + interval '10 hours' where user_id = ${user.id}`);
    const { headers, response } = await auth.api.getSession({ headers: cookieHeader(cookie), returnHeaders: true });
    expect(response?.user.id).toBe(user.id);
    const refreshed = cookieOf(headers);
    expect(refreshed && tokenFromSignedCookie(refreshed, secret)).toBe(token);
    expect(await storedTokens(user.id)).toEqual([hashToken(token)]);
    const [row] = rowsOf<{ extended: boolean }>(
      await handle.db.execute(sql`select expires_at > now() + interval '11 hours' as extended from sessions where user_id = ${user.id}`),
    );
    expect(row?.extended).toBe(true);
  });

  it("signing out deletes the session", async () => {
    const user = await newUser();
    const { cookie } = await signIn(user.email);
    await auth.api.signOut({ headers: cookieHeader(cookie) });
    expect(await storedTokens(user.id)).toEqual([]);
    expect(await auth.api.getSession({ headers: cookieHeader(cookie) })).toBeNull();
  });

  it("lists a user's sessions by their hashes, and ending the others keeps this one", async () => {
    const user = await newUser();
    const first = await signIn(user.email);
    const second = await signIn(user.email);
    const listed = await auth.api.listSessions({ headers: cookieHeader(first.cookie) });
    expect(listed.map((s) => s.token).sort()).toEqual([hashToken(first.token), hashToken(second.token)].sort());
    // What the password change does (app/(app)/account/actions.ts).
    const current = await auth.api.getSession({ headers: cookieHeader(first.cookie) });
    await deleteSessionsOfUser(handle.db, user.id, current!.session.id);
    expect(await storedTokens(user.id)).toEqual([hashToken(first.token)]);
    expect(await auth.api.getSession({ headers: cookieHeader(second.cookie) })).toBeNull();
    expect((await auth.api.getSession({ headers: cookieHeader(first.cookie) }))?.user.id).toBe(user.id);
  });

  it("deactivating the account ends its sessions", async () => {
    const user = await newUser();
    const { cookie } = await signIn(user.email);
    await setUserActive(handle.db, user.id, false);
    expect(await auth.api.getSession({ headers: cookieHeader(cookie) })).toBeNull();
    await expect(signIn(user.email)).rejects.toThrow();
  });

  it("trusts only the configured address, and server-side calls carry no origin check", async () => {
    expect((await auth.$context).trustedOrigins).toEqual(["http://localhost:3000"]);
    // Our server actions call the library with the browser's headers, whatever host it used.
    const user = await newUser();
    const headers = new Headers({ origin: "http://127.0.0.1:4567", cookie: "other=1" });
    const result = await auth.api.signInEmail({ body: { email: user.email, password }, headers });
    expect(result.user.id).toBe(user.id);
  });

  it("the migration hashes clear tokens left from before, the same way the app does", async () => {
    const user = await newUser();
    const clear = randomBytes(24).toString("base64url");
    await handle.db.execute(
      sql`insert into sessions (id, token, user_id, expires_at) values (${`legacy-${counter}`}, ${clear}, ${user.id}, now() + interval '1 hour')`,
    );
    const migration = readFileSync(path.join(migrationsFolder, "0012_hash-session-tokens.sql"), "utf8");
    await handle.db.execute(sql.raw(migration));
    expect(await storedTokens(user.id)).toEqual([hashToken(clear)]);
    await handle.db.execute(sql.raw(migration)); // already hashed: left alone
    expect(await storedTokens(user.id)).toEqual([hashToken(clear)]);
    expect((await getSignedInBySessionToken(handle.db, clear))?.user.id).toBe(user.id);
  });
});
