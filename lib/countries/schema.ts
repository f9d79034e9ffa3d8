import { z } from "zod";

export const incomeGroups = ["low", "lower-middle", "upper-middle", "high"] as const;

export const countrySchema = z.strictObject({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  m49: z.string().regex(/^\d{3}$/),
  name: z.string().trim().min(1),
  region: z.string().trim().min(1),
  subRegion: z.string().trim().min(1),
  intermediateRegion: z.string().trim().min(1).nullable(),
  unStatus: z.enum(["member", "observer"]),
  incomeGroup: z.enum(incomeGroups).nullable(),
});

export const countryListSchema = z.array(countrySchema);

export type Country = z.infer<typeof countrySchema>;
