import type { FrameworkDefinition } from "./schema";

/** A small valid definition that tests mutate to produce each kind of error. */
export function makeDefinition(): FrameworkDefinition {
  const descriptors = { "0": "Nothing yet.", "1": "Started.", "2": "Working nationwide." };
  return {
    formatVersion: 1,
    key: "test-framework",
    version: "1.0",
    name: "Test framework",
    publisher: "Test publisher",
    description: "A small framework for tests.",
    locale: "en",
    scale: {
      levels: [
        { value: 0, key: "none", label: "None", ownLabel: true, description: "Nothing in place." },
        { value: 1, key: "start", label: "Start", ownLabel: false, description: "First steps." },
        { value: 2, key: "full", label: "Full", ownLabel: false, description: "Complete." },
      ],
    },
    domains: [
      { key: "alpha", number: 1, name: "Alpha", outcome: "Alpha outcome." },
      { key: "beta", number: 2, name: "Beta", outcome: "Beta outcome." },
    ],
    capabilities: [
      { key: "one", number: 1, domain: "alpha", name: "One", summary: "First.", prerequisites: [], descriptors: { ...descriptors } },
      {
        key: "two",
        number: 2,
        domain: "alpha",
        name: "Two",
        summary: "Second.",
        prerequisites: [{ capability: "one", kind: "requires", note: "One comes first." }],
        descriptors: { ...descriptors },
      },
      { key: "three", number: 3, domain: "beta", name: "Three", summary: "Third.", prerequisites: [], descriptors: { ...descriptors } },
    ],
    enablers: [{ key: "money", name: "Money", description: "Funding." }],
  };
}
