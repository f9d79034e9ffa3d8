import type { Env } from "@/lib/env";

/**
 * Why a production start must refuse to run, or null when it may start. Without AUTH_SECRET
 * the key that signs session cookies and encrypts two-factor seeds is generated and kept in
 * the database, so a copy of the database would carry its own key. A demo (its passwords are
 * public anyway) may still do that.
 */
export function authSecretRefusal(env: Env, production: boolean): string | null {
  if (!production || env.AUTH_SECRET || env.ALLOW_DEMO_ACCOUNTS === "1") return null;
  return (
    "Refusing to start: AUTH_SECRET is not set. In production the key that signs sessions and encrypts " +
    "two-factor secrets must come from the environment, not from the database: set AUTH_SECRET to 32 or more " +
    "random characters (for example `openssl rand -base64 48`). An installation that ran without it keeps its " +
    "key in the instance_secrets table (name 'auth'): use that value to keep sessions and two-factor set-ups " +
    "working, then delete the row. ALLOW_DEMO_ACCOUNTS=1 (a demo) may run without it."
  );
}
