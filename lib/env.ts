import { z } from "zod";

// The one place that reads process.env, so a typo in a variable fails loudly at start.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /**
   * Signs session cookies and encrypts two-factor secrets. Required by a production start
   * (lib/auth/secret-guard.ts); elsewhere, and in a demo, unset means a random key kept in the database.
   */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Public address of the app, used in invitation links and by the authentication library (appBaseUrl). */
  APP_URL: z.url("APP_URL must be a full URL such as https://mnr.example.org").optional(),
  /** "1" lets a production start run while demo accounts (published passwords) exist. */
  ALLOW_DEMO_ACCOUNTS: z.enum(["0", "1"]).default("0"),
  /** Number of reverse proxies in front of the app whose X-Forwarded-For entries are trusted. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Failed sign-ins from one address within 15 minutes before sign-in pauses there (offices share gateways). */
  SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(5, "SIGN_IN_ADDRESS_LIMIT must be 5 or more").max(1000).default(20),
  /** smtp(s)://user:password@host:port: invitations are also sent by mail when set. */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default("MNR Assess <no-reply@localhost>"),
  /** Fewest countries an anonymous cross-country figure may describe (see lib/comparison/README.md). */
  MIN_GROUP_SIZE: z.coerce.number().int().min(2, "MIN_GROUP_SIZE must be 2 or more").max(50).default(5),
  /** Memory (MB) each app instance may use to keep rendered dashboards and comparisons; 0 turns it off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Where this instance answers itself (set by scripts/start.mjs); without it pages are not kept. */
  INTERNAL_ORIGIN: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

/**
 * The app's public address, without a trailing slash: APP_URL, or this machine on PORT. Links
 * sent to people (invitations) are built from it, never from a request's Host header, which
 * whoever sends the request chooses.
 */
export function appBaseUrl(env: Env): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}
