import type { BetterAuthOptions, DBAdapter, Where } from "better-auth";
import { hashToken } from "./tokens";

/**
 * The sessions table keeps only the SHA-256 of each session token; the cookie keeps the token.
 * A copy of the database then holds no session anyone can present: the cookie's value is
 * looked up by its hash, and a stored hash presented as a token is hashed again and matches
 * nothing. (better-auth 1.7 has hashed storage for verification values only, not sessions.)
 *
 * Done at the adapter, the one door every better-auth session read and write goes through
 * (sign-in, getSession and its refresh, sign-out, revocation, the two-factor steps):
 * - a `token` in a session `where`, in created data or in an update is replaced by its hash;
 * - a session row coming back for a token the caller gave gets that token back, so the
 *   library signs the cookie with the real token (at sign-in, and on refresh);
 * - rows found some other way (by user) carry the stored hash, which is no credential: the
 *   library's list of a user's sessions shows hashes only, and its revoke-by-token endpoints
 *   (revokeSession, revokeOtherSessions) cannot end such a row. This app does not use them
 *   (no HTTP handler is mounted) and ends sessions by user or by id (db/queries/users.ts).
 * The adapter is patched in place: better-auth runs "transactions" on this same object and
 * keeps per-instance state keyed by it.
 */
const sessionModels = new Set(["session", "sessions"]);
const patched = new WeakSet<object>();

type Row = Record<string, unknown>;
type Value = Where["value"];

function hashValue(value: Value): Value {
  if (typeof value === "string") return hashToken(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return (value as string[]).map((v) => hashToken(v));
  return value;
}

/** Hashes token conditions; remembers hash → token so returned rows can carry the token again. */
function hashWhere(where: Where[] | undefined, known: Map<string, string>): Where[] | undefined {
  return where?.map((w) => {
    if (w.field !== "token") return w;
    for (const raw of typeof w.value === "string" ? [w.value] : Array.isArray(w.value) ? w.value : [])
      if (typeof raw === "string") known.set(hashToken(raw), raw);
    return { ...w, value: hashValue(w.value) };
  });
}

function hashData<T extends Row | undefined>(data: T, known: Map<string, string>): T {
  if (!data || typeof data.token !== "string") return data;
  const digest = hashToken(data.token);
  known.set(digest, data.token);
  return { ...data, token: digest };
}

function restore<T>(row: T, known: Map<string, string>): T {
  if (!row || typeof row !== "object") return row;
  const token = (row as Row).token;
  if (typeof token !== "string" || !known.has(token)) return row;
  return { ...(row as Row), token: known.get(token) } as T;
}

function patchAdapter<A extends Omit<DBAdapter<BetterAuthOptions>, "transaction"> & { transaction?: DBAdapter["transaction"] }>(adapter: A): A {
  if (patched.has(adapter)) return adapter;
  patched.add(adapter);
  const inner = { ...adapter };
  const isSession = (model: string) => sessionModels.has(model);

  adapter.create = (async (args) => {
    if (!isSession(args.model)) return inner.create(args);
    const known = new Map<string, string>();
    return restore(await inner.create({ ...args, data: hashData(args.data as Row, known) as typeof args.data }), known);
  }) as A["create"];
  adapter.findOne = (async (args) => {
    if (!isSession(args.model)) return inner.findOne(args);
    const known = new Map<string, string>();
    return restore(await inner.findOne({ ...args, where: hashWhere(args.where, known)! }), known);
  }) as A["findOne"];
  adapter.findMany = (async (args) => {
    if (!isSession(args.model)) return inner.findMany(args);
    const known = new Map<string, string>();
    const rows = await inner.findMany({ ...args, where: hashWhere(args.where, known) });
    return rows.map((row) => restore(row, known));
  }) as A["findMany"];
  adapter.count = (async (args) =>
    isSession(args.model) ? inner.count({ ...args, where: hashWhere(args.where, new Map()) }) : inner.count(args)) as A["count"];
  adapter.update = (async (args) => {
    if (!isSession(args.model)) return inner.update(args);
    const known = new Map<string, string>();
    const where = hashWhere(args.where, known)!;
    return restore(await inner.update({ ...args, where, update: hashData(args.update, known) }), known);
  }) as A["update"];
  adapter.updateMany = (async (args) =>
    isSession(args.model)
      ? inner.updateMany({ ...args, where: hashWhere(args.where, new Map())!, update: hashData(args.update, new Map()) })
      : inner.updateMany(args)) as A["updateMany"];
  adapter.delete = (async (args) =>
    isSession(args.model) ? inner.delete({ ...args, where: hashWhere(args.where, new Map())! }) : inner.delete(args)) as A["delete"];
  adapter.deleteMany = (async (args) =>
    isSession(args.model) ? inner.deleteMany({ ...args, where: hashWhere(args.where, new Map())! }) : inner.deleteMany(args)) as A["deleteMany"];
  adapter.consumeOne = (async (args) => {
    if (!isSession(args.model)) return inner.consumeOne(args);
    const known = new Map<string, string>();
    return restore(await inner.consumeOne({ ...args, where: hashWhere(args.where, known)! }), known);
  }) as A["consumeOne"];
  adapter.incrementOne = (async (args) => {
    if (!isSession(args.model)) return inner.incrementOne(args);
    const known = new Map<string, string>();
    const where = hashWhere(args.where, known)!;
    return restore(await inner.incrementOne({ ...args, where, set: hashData(args.set as Row | undefined, known) }), known);
  }) as A["incrementOne"];
  if (inner.transaction) {
    const transaction = inner.transaction;
    // A real transaction hands its callback another adapter object: patch that one too.
    adapter.transaction = ((callback: Parameters<DBAdapter["transaction"]>[0]) =>
      transaction((trx) => callback(patchAdapter(trx)))) as DBAdapter["transaction"];
  }
  return adapter;
}

/** Wraps a better-auth database adapter factory (e.g. drizzleAdapter(...)) to store session tokens hashed. */
export function withHashedSessionTokens(factory: (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>) {
  return (options: BetterAuthOptions) => patchAdapter(factory(options));
}
