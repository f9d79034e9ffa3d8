import { describe, expect, it } from "vitest";
import { crossCountryPatterns } from "./cross-country-patterns";
import { makeCountries, makeCycle } from "./test-cycles";

// Tiny scale 1..4: lagging is level 1 or 2, peer learning level 3 or 4.
const cycles = [
  makeCycle("ZM", [4, 1, 3, 2], { countryName: "Zambia", sharedWithAdvisory: true }),
  makeCycle("EC", [3, 1, 2, 2], { countryName: "Ecuador", sharedWithAdvisory: true }),
  makeCycle("NO", [4, 1, 4, 4], { countryName: "Norway" }),
  ...makeCountries(4, [1, 2, 2, 3]),
];

describe("crossCountryPatterns", () => {
  it("orders capabilities by the share of countries lagging, anonymously", () => {
    const { laggingWidely } = crossCountryPatterns(cycles, { topN: 3 });
    expect(laggingWidely).toEqual({
      shown: true,
      countries: 7,
      atOrBelowLevel: 2,
      capabilities: [
        { key: "a-two", number: 2, domain: "alpha", lagging: 7, assessed: 7, share: 1 },
        { key: "a-three", number: 3, domain: "alpha", lagging: 5, assessed: 7, share: 0.714 },
        { key: "a-one", number: 1, domain: "alpha", lagging: 4, assessed: 7, share: 0.571 },
      ],
    });
  });

  it("withholds the lagging list when all countries are too few", () => {
    expect(crossCountryPatterns(cycles.slice(0, 4)).laggingWidely).toEqual({ shown: false, countries: 4, reason: "tooFew" });
  });

  it("withholds it too when the countries that did not share are too few to hide among", () => {
    // Seven countries, but the board sees the two shared ones by name: the other five are
    // enough; with one fewer they would not be.
    expect(crossCountryPatterns(cycles.slice(0, 6)).laggingWidely).toEqual({ shown: false, countries: 6, reason: "complementary" });
  });

  it("lists sharing countries near the top of the scale, alphabetically, never the others", () => {
    const { peerLearning } = crossCountryPatterns(cycles, { locale: "en" });
    expect(peerLearning).toEqual([
      {
        key: "a-one",
        number: 1,
        domain: "alpha",
        atOrAboveLevel: 3,
        countries: [
          { countryIso2: "EC", countryName: "Ecuador", level: 3 },
          { countryIso2: "ZM", countryName: "Zambia", level: 4 },
        ],
      },
      { key: "a-three", number: 3, domain: "alpha", atOrAboveLevel: 3, countries: [{ countryIso2: "ZM", countryName: "Zambia", level: 3 }] },
    ]);
    expect(JSON.stringify(peerLearning)).not.toContain("Norway");
  });
});
