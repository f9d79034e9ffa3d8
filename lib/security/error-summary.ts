// What the server log may say about an unexpected error. Database errors carry the query's
// parameters (drizzle's message ends "params: ..." and keeps them in `params`), which are the
// user's own text: answers, comments, names. The log gets the error's class, its codes, the
// names of the constraint, table or column involved, the query's shape without its values, and
// the message with every quoted value blanked, never the values themselves.

const quoted = /"[^"]*"|'[^']*'|`[^`]*`/g;

function redact(message: string): string {
  return message.replace(quoted, "…").replace(/\s+/g, " ").slice(0, 300);
}

interface Described {
  name: string;
  code?: string;
  message: string;
  constraint?: string;
  table?: string;
  column?: string;
  query?: string;
}

function describeOne(err: unknown): Described {
  if (!(err instanceof Error)) return { name: typeof err, message: "" };
  const e = err as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; query?: unknown; params?: unknown; constraint_name?: unknown; table_name?: unknown; column_name?: unknown };
  const name = e.constructor?.name && e.constructor.name !== "Error" ? e.constructor.name : e.name;
  // drizzle: "Failed query: <sql with $1 placeholders>\nparams: <values>".
  const isQueryError = typeof e.query === "string" && "params" in e;
  const described: Described = { name, message: isQueryError ? "query failed" : redact(e.message.split("\nparams:")[0]!) };
  const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v).slice(0, 100) : undefined);
  const fields = { code: str(e.code), constraint: str(e.constraint ?? e.constraint_name), table: str(e.table ?? e.table_name), column: str(e.column ?? e.column_name) };
  for (const [k, v] of Object.entries(fields)) if (v) described[k as "code"] = v;
  // The statement itself holds placeholders, not values; literals in it come from the code.
  if (isQueryError) described.query = (e.query as string).replace(/\s+/g, " ").slice(0, 300);
  return described;
}

/** One line for the log: the error and its causes, without any value the user sent. */
export function summariseError(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    const d = describeOne(current);
    const extras = (["code", "constraint", "table", "column", "query"] as const).filter((k) => d[k]).map((k) => `${k}=${d[k]}`);
    parts.push([`${d.name}: ${d.message}`, ...extras].join(" "));
    current = current instanceof Error ? (current as Error & { cause?: unknown }).cause : undefined;
  }
  return parts.join(" <- caused by ");
}

/** The top of the stack, file and line only: where it happened, without the message. */
export function stackOf(err: unknown): string {
  if (!(err instanceof Error) || !err.stack) return "";
  return err.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 6)
    .map((line) => line.trim())
    .join(" | ");
}
