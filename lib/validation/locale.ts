import { z } from "zod";
import { locales } from "@/lib/i18n/config";

export const chooseLanguageSchema = z.strictObject({
  locale: z.enum(locales, "validation.invalidValue"),
});
