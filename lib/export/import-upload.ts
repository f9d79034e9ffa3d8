// Receiving an import upload: nothing of the body is read until the caller's preconditions
// (permission, country, no cycle in progress) allow it, and never more than the cap, judged
// first by the declared Content-Length and then by the bytes that actually arrive.

export type UploadRefusal = { reason: "tooLarge" } | { reason: "notAFile" };

export type Received<R> = { ok: true; form: FormData } | { ok: false; refusal: R | UploadRefusal };

export interface ReceiveOptions<R> {
  /** Whole request body, multipart framing included. */
  maxBytes: number;
  /** A refusal that makes reading the body pointless, or null to go on. */
  precondition: () => Promise<R | null>;
}

export async function receiveUpload<R>(request: Request, opts: ReceiveOptions<R>): Promise<Received<R>> {
  const refused = await opts.precondition();
  if (refused !== null) return { ok: false, refusal: refused };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (!Number.isFinite(declared) || declared > opts.maxBytes) return { ok: false, refusal: { reason: "tooLarge" } };
  if (!request.body) return { ok: false, refusal: { reason: "notAFile" } };

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > opts.maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, refusal: { reason: "tooLarge" } };
    }
    chunks.push(value);
  }
  try {
    const body = new Blob(chunks as BlobPart[]);
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, refusal: { reason: "notAFile" } };
  }
}
