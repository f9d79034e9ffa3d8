import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { getDb, type Db } from "@/db/client";
import { getOrCreateInstanceSecret } from "@/db/queries/secrets";
import { getUserById } from "@/db/queries/users";
import { accounts, sessions, twoFactors, users, verifications } from "@/db/schema";
import { appBaseUrl, readEnv } from "@/lib/env";
import { withHashedSessionTokens } from "./hashed-session-tokens";
import { authSecretRefusal } from "./secret-guard";
import { passwordMaxLength, passwordMinLength } from "./password-policy";

export const sessionCookieBase = "mnr_session";

export function createAuth(db: Db, secret: string, production: boolean, baseURL: string) {
  return betterAuth({
    appName: "MNR Assess",
    baseURL,
    secret,
    // Sessions are stored by the hash of their token (see hashed-session-tokens.ts).
    database: withHashedSessionTokens(
      drizzleAdapter(db, {
        provider: "pg",
        schema: { user: users, session: sessions, account: accounts, verification: verifications, twoFactor: twoFactors },
      }),
    ),
    emailAndPassword: {
      enabled: true,
      // Accounts come only from invitations, never self sign-up.
      disableSignUp: true,
      minPasswordLength: passwordMinLength,
      maxPasswordLength: passwordMaxLength,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, input: false },
        countryIso2: { type: "string", required: false, input: false },
        active: { type: "boolean", required: false, input: false, defaultValue: true },
        isDemo: { type: "boolean", required: false, input: false, defaultValue: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 12, // a working day
      updateAge: 60 * 60,
      // No cookie cache: every request reads the session and user from the database, so a
      // deactivation or role change applies on the very next request.
      cookieCache: { enabled: false },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no new session, whatever its password.
          before: async (session) => {
            const user = await getUserById(db, session.userId);
            return user?.active ? { data: session } : false;
          },
        },
      },
    },
    // Sign-in throttling is ours (per account and per address, in the database).
    rateLimit: { enabled: false },
    // Only baseURL (APP_URL) is trusted, never the request's own Host. This library checks
    // origins only for requests it handles itself over HTTP, which this app never routes to it
    // (it is called from our server actions, which Next.js restricts to same-origin calls).
    advanced: {
      useSecureCookies: false, // we name the cookie ourselves: "__Host-" is stricter than "__Secure-"
      cookies: {
        session_token: {
          name: production ? `__Host-${sessionCookieBase}` : sessionCookieBase,
          attributes: { httpOnly: true, sameSite: "lax", secure: production, path: "/" },
        },
      },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production, path: "/" },
      cookiePrefix: "mnr",
    },
    telemetry: { enabled: false },
    plugins: [twoFactor({ issuer: "MNR Assess", skipVerificationOnEnable: false }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { mnrAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.mnrAuth ??= (async () => {
    const env = readEnv();
    // Also here, for a server started without scripts/start.mjs.
    const refusal = authSecretRefusal(env, env.NODE_ENV === "production");
    if (refusal) throw new Error(refusal);
    const db = await getDb();
    const secret = env.AUTH_SECRET ?? (await getOrCreateInstanceSecret(db, "auth"));
    return createAuth(db, secret, env.NODE_ENV === "production", appBaseUrl(env));
  })().catch((err) => {
    globalForAuth.mnrAuth = undefined;
    throw err;
  });
  return globalForAuth.mnrAuth;
}
