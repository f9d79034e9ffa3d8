import { validateFramework, type FrameworkValidation } from "./validate";

/** Parses the text of a framework file; a JSON syntax error is reported like any other problem. */
export function parseFrameworkFile(text: string): FrameworkValidation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ path: "(file)", message: `not valid JSON: ${message}` }] };
  }
  return validateFramework(data);
}
