import { z } from "zod";

// The framework definition format (formatVersion 1), documented in lib/framework/README.md.
// Structure is checked here; cross-references (keys, order, cycles) in validate.ts.

const key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case key of letters, digits and single hyphens");
const text = z.string().trim().min(1, "must not be empty");

export const levelSchema = z.strictObject({
  value: z.number().int().min(0, "must be 0 or more"),
  key,
  label: text,
  /** true where the label is this project's wording, not the publisher's. */
  ownLabel: z.boolean(),
  description: text,
});

export const domainSchema = z.strictObject({
  key,
  number: z.number().int().min(1),
  name: text,
  outcome: text,
});

export const prerequisiteSchema = z.strictObject({
  capability: key,
  /** "requires": should be in place first; "supports": works best alongside. Both are soft. */
  kind: z.enum(["requires", "supports"]),
  note: text,
});

export const capabilitySchema = z.strictObject({
  key,
  number: z.number().int().min(1),
  domain: key,
  name: text,
  summary: text,
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** One descriptor per scale level, keyed by the level's value. */
  descriptors: z.record(z.string().regex(/^\d+$/, "must be a level value"), text),
});

export const enablerSchema = z.strictObject({
  key,
  name: text,
  description: text,
});

const translatedText = z.string().trim().min(1).optional();

export const translationSchema = z.strictObject({
  name: translatedText,
  description: translatedText,
  levels: z.record(key, z.strictObject({ label: translatedText, description: translatedText })).optional(),
  domains: z.record(key, z.strictObject({ name: translatedText, outcome: translatedText })).optional(),
  capabilities: z
    .record(
      key,
      z.strictObject({
        name: translatedText,
        summary: translatedText,
        descriptors: z.record(z.string(), text).optional(),
      }),
    )
    .optional(),
  enablers: z.record(key, z.strictObject({ name: translatedText, description: translatedText })).optional(),
});

export const frameworkDefinitionSchema = z.strictObject({
  formatVersion: z.literal(1, "unsupported formatVersion: this app reads format 1"),
  key,
  version: z.string().regex(/^\d+(\.\d+){0,2}$/, "must be a version such as 2022.1"),
  name: text,
  publisher: text,
  description: text,
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a language code such as en"),
  scale: z.strictObject({ levels: z.array(levelSchema).min(2, "needs at least two levels") }),
  domains: z.array(domainSchema).min(1, "needs at least one domain"),
  capabilities: z.array(capabilitySchema).min(1, "needs at least one capability"),
  enablers: z.array(enablerSchema).default([]),
  translations: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), translationSchema).optional(),
});

export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;
export type MaturityLevel = z.infer<typeof levelSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type Enabler = z.infer<typeof enablerSchema>;
