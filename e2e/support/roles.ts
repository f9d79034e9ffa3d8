import path from "node:path";
import { demoAccounts, type DemoAccount } from "@/lib/auth/demo-accounts";

/** The people the access tests act as: one per role, plus a contributor of a second country. */
export const actors = {
  contributor: "contributor@demo.mnr.example",
  focal_point: "focal.point@demo.mnr.example",
  secretariat: "secretariat@demo.mnr.example",
  advisory: "advisory@demo.mnr.example",
  ngo: "ngo@demo.mnr.example",
  contributor_ug: "contributor.ug@demo.mnr.example",
} as const;

export type Actor = keyof typeof actors | "anonymous";
export const signedInActors = Object.keys(actors) as (keyof typeof actors)[];
export const allActors: Actor[] = ["anonymous", ...signedInActors];

export function accountOf(actor: keyof typeof actors): DemoAccount {
  return demoAccounts.find((a) => a.email === actors[actor])!;
}

export function storageStateOf(actor: Actor): string | undefined {
  return actor === "anonymous" ? undefined : path.join(__dirname, "..", "..", ".data", "e2e", `state-${actor}.json`);
}
