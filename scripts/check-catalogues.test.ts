import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyseMessage, checkDirectory, compareCatalogues, flatten, main, problemCount } from "./check-catalogues";

const root = path.resolve(__dirname, "..");

const english = {
  title: "Assessments",
  greeting: "Hello {name}",
  nested: {
    count: "{count, plural, one {# capability} other {# capabilities}}",
    rich: "Read the <link>framework</link>",
  },
};

describe("compareCatalogues", () => {
  it("finds nothing wrong with a faithful translation", () => {
    const french = {
      title: "Évaluations",
      greeting: "Bonjour {name}",
      nested: { count: "{count, plural, one {# capacité} other {# capacités}}", rich: "Lire le <link>référentiel</link>" },
    };
    expect(compareCatalogues(english, french)).toEqual({ missing: [], extra: [], placeholderMismatch: [], invalidIcu: [] });
  });

  it("reports missing and extra keys by dotted path", () => {
    const other = { title: "Évaluations", greeting: "Bonjour {name}", nested: { rich: "<link>x</link>", surplus: "en trop" }, stray: "?" };
    const p = compareCatalogues(english, other);
    expect(p.missing).toEqual(["nested.count"]);
    expect(p.extra).toEqual(["nested.surplus", "stray"]);
    expect(p.placeholderMismatch).toEqual([]);
    expect(p.invalidIcu).toEqual([]);
  });

  it("treats a string where the reference has a group (and the reverse) as missing and extra keys", () => {
    const p = compareCatalogues(english, { title: "x", greeting: "{name}", nested: "flat" });
    expect(p.missing).toEqual(["nested.count", "nested.rich"]);
    expect(p.extra).toEqual(["nested"]);
  });

  it("reports a renamed, dropped or added argument, and a changed rich-text tag", () => {
    const other = {
      title: "Évaluations {extra}",
      greeting: "Bonjour {nom}",
      nested: { count: "{total, plural, one {# capacité} other {# capacités}}", rich: "Lire le <a>référentiel</a>" },
    };
    expect(compareCatalogues(english, other).placeholderMismatch).toEqual(["title", "greeting", "nested.count", "nested.rich"]);
  });

  it("accepts the same arguments in another order or repeated, and plural branches the reference lacks", () => {
    const ref = { line: "{who} saved {what}" };
    const other = { line: "{what} : enregistré par {who} ({who})" };
    expect(problemCount(compareCatalogues(ref, other))).toBe(0);
    const arabic = { count: "{count, plural, zero {لا قدرات} one {قدرة واحدة} two {قدرتان} few {# قدرات} many {# قدرةً} other {# قدرة}}" };
    expect(problemCount(compareCatalogues({ count: english.nested.count }, arabic, { locale: "ar" }))).toBe(0);
  });

  it("reports strings that are not valid ICU MessageFormat", () => {
    const other = {
      title: "Évaluations {",
      greeting: "Bonjour {name",
      nested: { count: "{count, plural, one {# capacité}}", rich: "Lire le <link>référentiel" },
    };
    const p = compareCatalogues(english, other);
    expect(p.invalidIcu).toEqual(["title", "greeting", "nested.count", "nested.rich"]);
    // An unparsable string is not also counted as a placeholder mismatch.
    expect(p.placeholderMismatch).toEqual([]);
  });

  it("reports non-string leaves as invalid", () => {
    const p = compareCatalogues({ a: "x", b: "y" }, { a: 3, b: ["y"] });
    expect(p.invalidIcu).toEqual(["a", "b"]);
  });

  it("with a locale, rejects plural categories that language never selects", () => {
    const ref = { n: "{n, plural, one {# item} other {# items}}" };
    expect(compareCatalogues(ref, { n: "{n, plural, one {# élément} few {# éléments} other {# éléments}}" }, { locale: "fr" }).invalidIcu).toEqual(["n"]);
    expect(compareCatalogues(ref, { n: "{n, plural, =0 {aucun} one {# élément} other {# éléments}}" }, { locale: "fr" }).invalidIcu).toEqual([]);
  });
});

describe("analyseMessage", () => {
  it("collects arguments from nested plural and select branches", () => {
    const a = analyseMessage("{g, select, female {{n, plural, one {# {thing}} other {#}}} other {{date}}}");
    expect(a.ok && [...a.placeholders].sort()).toEqual(["date", "g", "n", "thing"]);
  });

  it("flattens nested catalogues to dotted keys", () => {
    expect([...flatten(english).keys()]).toEqual(["title", "greeting", "nested.count", "nested.rich"]);
  });
});

describe("the CLI on a directory", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mnr-catalogues-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails when a language lacks a key, and names the key", () => {
    writeFileSync(path.join(dir, "en.json"), JSON.stringify(english));
    writeFileSync(path.join(dir, "fr.json"), JSON.stringify({ ...english, title: undefined }));
    const { reports } = checkDirectory(dir);
    expect(reports.map((r) => r.language)).toEqual(["en", "fr"]);
    expect(reports[1]!.problems.missing).toEqual(["title"]);
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      expect(main(dir)).toBe(1);
    } finally {
      console.error = original;
    }
    expect(errors.join("\n")).toContain("missing key: title");
  });

  it("fails on a catalogue that is not valid JSON", () => {
    writeFileSync(path.join(dir, "fr.json"), "{ not json");
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(main(dir)).toBe(1);
    } finally {
      console.error = original;
    }
  });
});

describe("the real catalogues in lib/i18n/messages", () => {
  it("all match English: same keys, same placeholders, valid ICU", () => {
    const { referenceKeys, reports } = checkDirectory();
    expect(referenceKeys).toBeGreaterThan(0);
    expect(reports.length).toBeGreaterThan(1);
    for (const report of reports) {
      expect({ language: report.language, loadError: report.loadError, ...report.problems }).toEqual({
        language: report.language,
        loadError: undefined,
        missing: [],
        extra: [],
        placeholderMismatch: [],
        invalidIcu: [],
      });
      expect(report.keys).toBe(referenceKeys);
    }
  });

  it("pass the command-line check with the one-line summary", () => {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/check-catalogues.ts"], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^catalogues: \d+ languages, \d+ keys each, no problems$/);
  });
});
