import { cache } from "react";
import { getDb } from "./client";
import { getCurrentFramework } from "./queries/frameworks";

/** The current MNR definition, read once per request however many components ask. */
export const loadCurrentFramework = cache(async () => getCurrentFramework(await getDb()));
