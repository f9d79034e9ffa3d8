import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { stackOf, summariseError } from "./error-summary";

const secret = "Our minister said in confidence that";

function pgError(message: string, fields: Record<string, string>) {
  return Object.assign(new Error(message), fields);
}

describe("summariseError", () => {
  it("keeps drizzle's query shape and the database's code, never the parameters", () => {
    const cause = pgError(`invalid byte sequence for encoding "UTF8": 0x00`, { code: "22021" });
    const err = new DrizzleQueryError('insert into "answers" ("reasoning") values ($1)', [`${secret}\u0000`], cause);
    expect(err.message).toContain(secret); // what used to reach the log
    const line = summariseError(err);
    expect(line).not.toContain(secret);
    expect(line).toContain("DrizzleQueryError");
    expect(line).toContain('insert into "answers" ("reasoning") values ($1)');
    expect(line).toContain("code=22021");
    expect(line).toContain("invalid byte sequence for encoding");
  });

  it("blanks quoted values in database messages and keeps constraint names", () => {
    const err = pgError(`duplicate key value violates unique constraint "users_email_unique"`, { code: "23505", constraint: "users_email_unique", detail: `Key (email)=(${secret}) already exists.` });
    const line = summariseError(err);
    expect(line).toContain("constraint=users_email_unique");
    expect(line).not.toContain(secret);
    expect(summariseError(new SyntaxError(`Unexpected token 'O', "${secret}" is not valid JSON`))).not.toContain(secret);
  });

  it("describes what is not an Error, and the stack without its message", () => {
    expect(summariseError("boom")).toBe("string: ");
    const err = new Error(secret);
    expect(stackOf(err)).toMatch(/error-summary\.test\.ts/);
    expect(stackOf(err)).not.toContain(secret);
  });
});
