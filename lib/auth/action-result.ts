// What every server action returns: data, or a safe error the form can show.
export type ActionErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "twoFactorSetupRequired"
  | "invalid"
  | "notFound"
  | "conflict"
  | "throttled"
  | "failed"
  // The database could not be reached: nothing changed, and the same request may succeed later.
  | "unavailable"
  | "error";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: Record<string, string> };

/**
 * An expected refusal inside a handler (wrong current password, used invitation...).
 * `messageKey` is a key of the "errors" catalogue section; `auditCode` goes to the audit log.
 */
export class ActionError extends Error {
  constructor(
    public readonly code: ActionErrorCode,
    public readonly messageKey: string,
    public readonly fieldErrors?: Record<string, string>,
    public readonly auditCode?: string,
    /**
     * Written to the audit log in full even without a session. Only for refusals that are
     * bounded elsewhere: a failed sign-in step is counted by the sign-in throttle before it is
     * checked (at most 20 per address in 15 minutes), and who tried which account is what the
     * log is for.
     */
    public readonly auditInFull = false,
  ) {
    super(messageKey);
  }
}
