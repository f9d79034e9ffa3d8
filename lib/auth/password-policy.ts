import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP ASVS 5 level 2: at least 12 characters, at least 64 allowed, no composition rules,
// and refuse passwords found on a list of commonly used ones.
export const passwordMinLength = 12;
export const passwordMaxLength = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmail";

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  // ~49,000 passwords from leaked-password corpora, bundled with the package.
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Counts characters as people see them (code points), so "é" or an emoji is one. */
function lengthOf(password: string): number {
  return [...password].length;
}

export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = lengthOf(password);
  if (length < passwordMinLength) return "tooShort";
  if (length > passwordMaxLength) return "tooLong";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || new Set(lower).size <= 2) return "common";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (context.email && (lower.includes(context.email.toLowerCase()) || (local && local.length >= 4 && lower === local)))
    return "containsEmail";
  return null;
}
