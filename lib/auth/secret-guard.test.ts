import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { authSecretRefusal } from "./secret-guard";

const secret = "k".repeat(48);

describe("authSecretRefusal", () => {
  it("refuses a production start without AUTH_SECRET, naming the variable", () => {
    expect(authSecretRefusal(readEnv({}), true)).toMatch(/Refusing to start: AUTH_SECRET is not set/);
  });
  it("lets a production start with AUTH_SECRET run", () => {
    expect(authSecretRefusal(readEnv({ AUTH_SECRET: secret }), true)).toBeNull();
  });
  it("lets a demo (ALLOW_DEMO_ACCOUNTS=1) keep a key in the database", () => {
    expect(authSecretRefusal(readEnv({ ALLOW_DEMO_ACCOUNTS: "1" }), true)).toBeNull();
  });
  it("lets development and tests run without it", () => {
    expect(authSecretRefusal(readEnv({}), false)).toBeNull();
  });
});
