import { z } from "zod";

// Characters no text field may hold. PostgreSQL refuses U+0000 in text outright (the request used
// to end in "something went wrong"); the other C0 controls (all but tab, line feed and carriage
// return) and DEL are storable but invisible, make XML-based exports (xlsx, docx) unreadable and
// are never typed on purpose, so they are refused too. A lone UTF-16 surrogate has no UTF-8 form
// and would be silently replaced on the way to the database.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const loneSurrogate = /[\uD800-\uDFFF]/u;

export function hasForbiddenCharacters(value: string): boolean {
  return controlCharacter.test(value) || loneSurrogate.test(value);
}

/** The base of every text field in the shared schemas: a string without forbidden characters. */
export function text() {
  return z.string().refine((v) => !hasForbiddenCharacters(v), "validation.controlCharacter");
}

/** A record id sent back by a form (never shown, but still a database parameter). */
export function recordId() {
  return text().min(1).max(100);
}
