import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { AnswerInput } from "@/lib/scoring";

/**
 * One validated assessment cycle of one country, as the comparison views receive it. The
 * caller passes validated cycles only: a draft or returned cycle is not a country's answer yet.
 */
export interface CountryCycle {
  countryIso2: string;
  countryName: string;
  region: string;
  /** null when the country has no income classification; it then belongs to no income group. */
  incomeGroup: string | null;
  /** A year ("2024") or a span ("2023-2024"); periods are compared by their first year. */
  period: string;
  frameworkVersion: string;
  def: FrameworkDefinition;
  answers: readonly AnswerInput[];
  /** The country agreed to show this cycle, by name, to the advisory board and secretariat. */
  sharedWithAdvisory: boolean;
}

/** Why a figure is withheld. */
export type HiddenReason =
  /** Fewer than the minimum number of countries. */
  | "tooFew"
  /** Read together with other figures shown (or with assessments shared by name), it would let
   * someone work out the answers of fewer than the minimum number of countries. */
  | "complementary";

/** The kinds of anonymous groups; "countries like mine" reuses the region and income groups. */
export type GroupFamily = "all" | "region" | "incomeGroup";

/** Levels of one capability over the countries of a group that assessed it. */
export type CapabilityFigure =
  | {
      key: string;
      number: number;
      domain: string;
      shown: true;
      /** Countries with a level; not assessed and not applicable are left out. */
      assessed: number;
      /** Count of countries per level, aligned with the result's `levels`. */
      distribution: number[];
      median: number;
    }
  | { key: string; number: number; domain: string; shown: false; reason: HiddenReason };

/** Domain scores (0-100) of the countries of a group that have one, counted in bands. */
export type DomainFigure =
  | {
      key: string;
      number: number;
      shown: true;
      /** Countries with a score for this domain. */
      scored: number;
      /** Count of countries per band, aligned with SCORE_BANDS. */
      distribution: number[];
      median: number;
    }
  | { key: string; number: number; shown: false; reason: HiddenReason };
