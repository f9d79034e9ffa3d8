// Only these catalogue sections are sent to the browser: the ones client components use.
// Server components translate on the server, so their text never needs to travel twice.
// lib/i18n/client-messages.test.ts fails when a client component uses a section not listed.
export const clientNamespaces = [
  "actions",
  "adminUsers",
  "answer",
  "assessments",
  "enablers",
  "errors",
  "evidence",
  "import",
  "invite",
  "layout",
  "password",
  "proposals",
  "roles",
  "security",
  "signIn",
  "twoFactor",
  "uploads",
  "validation",
] as const;

export function pickClientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(clientNamespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}
