import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, pickClientMessages } from "./client-messages";

const root = path.resolve(__dirname, "..", "..");

function clientFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return clientFiles(full);
    return /\.tsx?$/.test(name) && readFileSync(full, "utf8").startsWith('"use client"') ? [full] : [];
  });
}

describe("client messages", () => {
  it("include every catalogue section a client component translates with", () => {
    const used = new Set<string>();
    for (const file of [...clientFiles(path.join(root, "components")), ...clientFiles(path.join(root, "app"))]) {
      for (const m of readFileSync(file, "utf8").matchAll(/useTranslations\("([a-zA-Z]+)"\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const ns of used) expect(clientNamespaces, `${ns} is used by a client component`).toContain(ns);
  });

  it("leave out the sections only server components use", () => {
    const picked = pickClientMessages({ errors: { a: "x" }, dashboard: { b: "y" } });
    expect(picked).toEqual({ errors: { a: "x" } });
  });
});
