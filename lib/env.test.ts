import { describe, expect, it } from "vitest";
import { appBaseUrl, readEnv } from "./env";

describe("readEnv", () => {
  it("defaults to the embedded database on port 3000", () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.PORT).toBe(3000);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres/);
  });

  it("refuses a port out of range", () => {
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("takes the public address from APP_URL, else this machine on PORT, without a trailing slash", () => {
    expect(appBaseUrl(readEnv({ APP_URL: "https://mnr.example.org/" }))).toBe("https://mnr.example.org");
    expect(appBaseUrl(readEnv({ PORT: "4100" }))).toBe("http://localhost:4100");
  });
});
