import { describe, expect, it } from "vitest";
import { receiveUpload } from "./import-upload";

const MAX = 64 * 1024;

/** A multipart request streamed in 16 KB chunks, counting how much of its body was pulled. */
async function upload(fileBytes: number, opts: { contentLength?: boolean } = {}) {
  const form = new FormData();
  form.set("title", "Imported");
  form.set("file", new Blob([new Uint8Array(fileBytes).fill(0x41)]), "a.json");
  const encoded = new Response(form);
  const type = encoded.headers.get("content-type")!;
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const pulled = { chunks: 0, bytes: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.bytes >= bytes.length) return controller.close();
        const chunk = bytes.slice(pulled.bytes, pulled.bytes + 16 * 1024);
        pulled.chunks++;
        pulled.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, type, pulled, length: opts.contentLength === false ? null : bytes.length };
}

function request(u: Awaited<ReturnType<typeof upload>>) {
  const headers: Record<string, string> = { "content-type": u.type };
  if (u.length !== null) headers["content-length"] = String(u.length);
  return new Request("http://localhost/api/assessments/import", { method: "POST", body: u.body, headers, duplex: "half" } as RequestInit);
}

describe("receiveUpload", () => {
  it("refuses on the precondition without pulling a byte of the body", async () => {
    const u = await upload(1000);
    const result = await receiveUpload(request(u), { maxBytes: MAX, precondition: async () => "openCycleExists" as const });
    expect(result).toEqual({ ok: false, refusal: "openCycleExists" });
    expect(u.pulled.chunks).toBe(0);
  });

  it("refuses a declared Content-Length over the cap without pulling the body", async () => {
    const u = await upload(MAX * 2);
    const result = await receiveUpload(request(u), { maxBytes: MAX, precondition: async () => null });
    expect(result).toEqual({ ok: false, refusal: { reason: "tooLarge" } });
    expect(u.pulled.chunks).toBe(0);
  });

  it("stops reading a body without Content-Length once it passes the cap", async () => {
    const u = await upload(MAX * 16, { contentLength: false });
    const result = await receiveUpload(request(u), { maxBytes: MAX, precondition: async () => null });
    expect(result).toEqual({ ok: false, refusal: { reason: "tooLarge" } });
    expect(u.pulled.bytes).toBeLessThanOrEqual(MAX + 16 * 1024);
  });

  it("reads a body within the cap into its form fields", async () => {
    const u = await upload(1000);
    const result = await receiveUpload(request(u), { maxBytes: MAX, precondition: async () => null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.form.get("title")).toBe("Imported");
    expect((result.form.get("file") as File).size).toBe(1000);
  });

  it("refuses a body that is not multipart", async () => {
    const r = new Request("http://localhost/x", { method: "POST", body: "hello", headers: { "content-type": "text/plain" } });
    expect(await receiveUpload(r, { maxBytes: MAX, precondition: async () => null })).toEqual({ ok: false, refusal: { reason: "notAFile" } });
  });
});
