import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

export interface ServerActionRef {
  id: string;
  name: string; // exported name, e.g. "inviteUser"
  file: string;
  page: string; // a page path whose bundle holds the action
}

const samples: Record<string, string> = { "[capabilityKey]": "legislation", "[token]": "x".repeat(43) };

function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => samples[s] ?? s);
  return `/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

/** Every server action in the production build, from Next.js's own manifest. */
export function listServerActions(): ServerActionRef[] {
  const file = path.join(__dirname, "..", "..", ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, e]) => e.exportedName && e.filename)
    .map(([id, e]) => {
      const workers = Object.keys(e.workers).filter((w) => w.endsWith("/page"));
      // Prefer a public page so the call reaches the action whatever the caller may see.
      const worker = workers.find((w) => w.includes("(public)")) ?? workers.find((w) => w.includes("(auth)")) ?? workers[0]!;
      return { id, name: e.exportedName!, file: e.filename!, page: pagePathOf(worker) };
    });
}

export interface ActionCallResult {
  status: number;
  ok: boolean;
  code: string | null;
  body: string;
}

/**
 * Calls a server action the way a crafted request would: straight to the endpoint, with
 * any payload, bypassing every check the page's UI makes.
 */
export async function callServerAction(
  request: APIRequestContext,
  baseURL: string,
  action: ServerActionRef,
  arg: unknown,
  headers: Record<string, string> = {},
): Promise<ActionCallResult> {
  const res = await request.post(action.page, {
    headers: {
      "Next-Action": action.id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
      ...headers,
    },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  const body = await res.text();
  return {
    status: res.status(),
    ok: /"ok":true/.test(body),
    code: /"code":"(\w+)"/.exec(body)?.[1] ?? null,
    body,
  };
}
