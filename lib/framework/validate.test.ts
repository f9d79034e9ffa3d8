import { describe, expect, it } from "vitest";
import { makeDefinition } from "./test-fixture";
import { validateFramework, type FrameworkProblem } from "./validate";

function problemsOf(input: unknown): FrameworkProblem[] {
  const result = validateFramework(input);
  if (result.ok) throw new Error("expected the definition to be refused");
  return result.problems;
}

describe("validateFramework", () => {
  it("accepts a valid definition", () => {
    const result = validateFramework(makeDefinition());
    expect(result.ok).toBe(true);
  });

  it("refuses a file that is not an object", () => {
    expect(problemsOf("hello")[0]?.path).toBe("(root)");
  });

  it("refuses an unknown field with its path", () => {
    const def = { ...makeDefinition(), colour: "blue" };
    expect(problemsOf(def)).toEqual([expect.objectContaining({ path: "(root)", message: expect.stringMatching(/colour/) })]);
  });

  it("refuses an unsupported format version", () => {
    const def = { ...makeDefinition(), formatVersion: 2 };
    expect(problemsOf(def)).toEqual([{ path: "formatVersion", message: expect.stringMatching(/unsupported formatVersion/) }]);
  });

  it("reports an empty name at its path", () => {
    const def = makeDefinition();
    def.capabilities[1]!.name = "  ";
    expect(problemsOf(def)).toEqual([{ path: "capabilities[1].name", message: "must not be empty" }]);
  });

  it("reports duplicate capability keys", () => {
    const def = makeDefinition();
    def.capabilities[2]!.key = "one";
    expect(problemsOf(def)).toContainEqual({ path: "capabilities[2].key", message: 'duplicate capability key "one"' });
  });

  it("reports duplicate domain and enabler keys", () => {
    const def = makeDefinition();
    def.domains[1]!.key = "alpha";
    def.enablers.push({ key: "money", name: "Again", description: "Twice." });
    const problems = problemsOf(def);
    expect(problems).toContainEqual({ path: "domains[1].key", message: 'duplicate domain key "alpha"' });
    expect(problems).toContainEqual({ path: "enablers[1].key", message: 'duplicate enabler key "money"' });
  });

  it("reports an unknown prerequisite", () => {
    const def = makeDefinition();
    def.capabilities[1]!.prerequisites[0]!.capability = "nine";
    expect(problemsOf(def)).toEqual([
      { path: "capabilities[1].prerequisites[0].capability", message: 'unknown prerequisite capability "nine"' },
    ]);
  });

  it("reports a capability that requires itself", () => {
    const def = makeDefinition();
    def.capabilities[0]!.prerequisites.push({ capability: "one", kind: "requires", note: "Self." });
    expect(problemsOf(def)).toContainEqual({
      path: "capabilities[0].prerequisites[0].capability",
      message: 'capability "one" cannot be its own prerequisite',
    });
  });

  it("reports a dependency cycle with its members", () => {
    const def = makeDefinition();
    def.capabilities[0]!.prerequisites.push({ capability: "three", kind: "supports", note: "Loop." });
    def.capabilities[2]!.prerequisites.push({ capability: "two", kind: "requires", note: "Loop." });
    const cycle = problemsOf(def).find((p) => p.message.startsWith("dependency cycle"));
    expect(cycle?.path).toBe("capabilities");
    expect(cycle?.message).toMatch(/one → three → two → one/);
  });

  it("reports a missing descriptor and a descriptor for an unknown level", () => {
    const def = makeDefinition();
    delete def.capabilities[2]!.descriptors["1"];
    def.capabilities[2]!.descriptors["7"] = "Beyond the scale.";
    const problems = problemsOf(def);
    expect(problems).toContainEqual({ path: "capabilities[2].descriptors.1", message: 'missing descriptor for level 1 ("Start")' });
    expect(problems).toContainEqual({ path: "capabilities[2].descriptors.7", message: "descriptor for unknown level 7" });
  });

  it("reports levels out of order and duplicate level values", () => {
    const def = makeDefinition();
    def.scale.levels[2]!.value = 1;
    expect(problemsOf(def)).toContainEqual({ path: "scale.levels[2].value", message: "duplicate level value 1" });
    const swapped = makeDefinition();
    swapped.scale.levels.reverse();
    expect(problemsOf(swapped)).toContainEqual({
      path: "scale.levels[1].value",
      message: "levels must be in ascending order: 1 comes after 2",
    });
  });

  it("reports numbering gaps, unknown domains, split domains and empty domains", () => {
    const def = makeDefinition();
    def.capabilities[1]!.number = 5;
    def.capabilities[2]!.domain = "gamma";
    const problems = problemsOf(def);
    expect(problems).toContainEqual({
      path: "capabilities[1].number",
      message: "capability numbers must run 1, 2, 3… in order: expected 2, found 5",
    });
    expect(problems).toContainEqual({ path: "capabilities[2].domain", message: 'unknown domain "gamma"' });
    expect(problems).toContainEqual({ path: "domains[1]", message: 'domain "beta" has no capability' });

    const split = makeDefinition();
    split.capabilities[1]!.domain = "beta";
    split.capabilities[2]!.domain = "alpha";
    expect(problemsOf(split)).toContainEqual({
      path: "capabilities[2].domain",
      message: 'capabilities of domain "alpha" must be listed together',
    });
  });

  it("reports every problem at once, not only the first", () => {
    const def = makeDefinition();
    def.capabilities[0]!.key = "two";
    def.capabilities[2]!.prerequisites.push({ capability: "ghost", kind: "requires", note: "?" });
    delete def.capabilities[1]!.descriptors["2"];
    expect(problemsOf(def).length).toBeGreaterThanOrEqual(3);
  });

  it("reports translations for unknown keys", () => {
    const def = makeDefinition();
    def.translations = { fr: { capabilities: { nine: { name: "Neuf" } }, domains: { alpha: { name: "Alpha FR" } } } };
    expect(problemsOf(def)).toEqual([
      { path: "translations.fr.capabilities.nine", message: 'translation for unknown capability "nine"' },
    ]);
  });
});
