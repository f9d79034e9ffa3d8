import { z } from "zod";
import { text } from "./text";

const optionalText = text().trim().max(100).optional().transform((v) => v || undefined);
const optionalDate = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** The audit log's filter form (a GET form: its values arrive as search parameters). */
export const auditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  /** The client address, exactly as recorded. */
  address: optionalText,
  outcome: z.enum(["success", "denied", "failure", "error"]).optional().or(z.literal("").transform(() => undefined)),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** Dates are whole UTC days; "to" includes its day. */
export function toAuditQuery(input: AuditFilterInput) {
  const day = 24 * 60 * 60 * 1000;
  return {
    action: input.action,
    actor: input.actor,
    address: input.address,
    outcome: input.outcome,
    from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
    to: input.to ? new Date(new Date(`${input.to}T00:00:00Z`).getTime() + day) : undefined,
  };
}
