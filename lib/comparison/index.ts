// Public API of the comparison module: pure functions over validated cycles, no database,
// React or Next imports. See README.md for the disclosure rules.
export type { CapabilityFigure, CountryCycle, DomainFigure, GroupFamily, HiddenReason } from "./types";
export { comparePeriods, contributionId, latestPerCountry, readPeriod, type PeriodYears } from "./cycles";
export {
  DEFAULT_MIN_GROUP_SIZE,
  suppressGroups,
  type CandidateGroup,
  type GroupDecision,
  type SuppressOptions,
} from "./suppress";
export { SCORE_BANDS, medianOf } from "./figures";
export { aggregate, aggregateOverTime, type AggregateGroup, type AggregateOptions, type AggregateResult } from "./aggregate";
export {
  buildNamedComparison,
  listShareableCountries,
  type NamedComparison,
  type NamedRow,
  type NamedSort,
} from "./named-comparison";
export { countriesLikeMine, type CountriesLikeMine, type PeerGroupHeader } from "./countries-like-mine";
export {
  LAGGING_STEPS_ABOVE_LOWEST,
  PEER_STEPS_BELOW_HIGHEST,
  crossCountryPatterns,
  type CrossCountryPatterns,
  type LaggingCapability,
} from "./cross-country-patterns";
export { aggregateToRows, namedComparisonToRows, type FlatRow } from "./to-rows";
