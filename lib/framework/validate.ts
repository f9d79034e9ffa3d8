import { frameworkDefinitionSchema, type FrameworkDefinition } from "./schema";

export interface FrameworkProblem {
  /** Where in the file, e.g. "capabilities[6].prerequisites[0].capability". */
  path: string;
  message: string;
}

export type FrameworkValidation =
  | { ok: true; definition: FrameworkDefinition }
  | { ok: false; problems: FrameworkProblem[] };

export function formatPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const p of parts) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "(root)";
}

/** Validates a parsed framework file: structure first, then every cross-reference. */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

function checkReferences(def: FrameworkDefinition): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const levelValues = new Set<number>();
  const levelKeys = new Set<string>();
  def.scale.levels.forEach((level, i) => {
    const prev = def.scale.levels[i - 1];
    if (levelKeys.has(level.key)) add(`scale.levels[${i}].key`, `duplicate level key "${level.key}"`);
    if (levelValues.has(level.value)) add(`scale.levels[${i}].value`, `duplicate level value ${level.value}`);
    else if (prev && level.value <= prev.value)
      add(`scale.levels[${i}].value`, `levels must be in ascending order: ${level.value} comes after ${prev.value}`);
    levelKeys.add(level.key);
    levelValues.add(level.value);
  });

  const domainKeys = new Set<string>();
  def.domains.forEach((d, i) => {
    if (domainKeys.has(d.key)) add(`domains[${i}].key`, `duplicate domain key "${d.key}"`);
    domainKeys.add(d.key);
    if (d.number !== i + 1) add(`domains[${i}].number`, `domain numbers must run 1, 2, 3… in order: expected ${i + 1}, found ${d.number}`);
  });

  const capabilityKeys = new Set<string>();
  def.capabilities.forEach((c, i) => {
    if (capabilityKeys.has(c.key)) add(`capabilities[${i}].key`, `duplicate capability key "${c.key}"`);
    capabilityKeys.add(c.key);
  });

  const usedDomains = new Set<string>();
  def.capabilities.forEach((c, i) => {
    const at = `capabilities[${i}]`;
    if (c.number !== i + 1) add(`${at}.number`, `capability numbers must run 1, 2, 3… in order: expected ${i + 1}, found ${c.number}`);
    if (!domainKeys.has(c.domain)) add(`${at}.domain`, `unknown domain "${c.domain}"`);
    usedDomains.add(c.domain);
    const seen = new Set<string>();
    c.prerequisites.forEach((p, j) => {
      const pat = `${at}.prerequisites[${j}].capability`;
      if (!capabilityKeys.has(p.capability)) add(pat, `unknown prerequisite capability "${p.capability}"`);
      else if (p.capability === c.key) add(pat, `capability "${c.key}" cannot be its own prerequisite`);
      else if (seen.has(p.capability)) add(pat, `prerequisite "${p.capability}" is listed twice`);
      seen.add(p.capability);
    });
    for (const level of def.scale.levels) {
      if (!(String(level.value) in c.descriptors))
        add(`${at}.descriptors.${level.value}`, `missing descriptor for level ${level.value} ("${level.label}")`);
    }
    for (const k of Object.keys(c.descriptors)) {
      if (!levelValues.has(Number(k))) add(`${at}.descriptors.${k}`, `descriptor for unknown level ${k}`);
    }
  });
  // Capabilities of one domain must be contiguous so the official numbering reads domain by domain.
  let lastDomain = "";
  const closed = new Set<string>();
  def.capabilities.forEach((c, i) => {
    if (c.domain !== lastDomain) {
      if (closed.has(c.domain)) add(`capabilities[${i}].domain`, `capabilities of domain "${c.domain}" must be listed together`);
      if (lastDomain) closed.add(lastDomain);
      lastDomain = c.domain;
    }
  });
  def.domains.forEach((d, i) => {
    if (!usedDomains.has(d.key)) add(`domains[${i}]`, `domain "${d.key}" has no capability`);
  });

  const enablerKeys = new Set<string>();
  def.enablers.forEach((e, i) => {
    if (enablerKeys.has(e.key)) add(`enablers[${i}].key`, `duplicate enabler key "${e.key}"`);
    enablerKeys.add(e.key);
  });

  const cycle = findCycle(def);
  if (cycle) add("capabilities", `dependency cycle: ${cycle.join(" → ")}`);

  for (const [locale, t] of Object.entries(def.translations ?? {})) {
    const check = (group: string, noun: string, keys: Set<string>, entries: object | undefined) => {
      for (const k of Object.keys(entries ?? {}))
        if (!keys.has(k)) add(`translations.${locale}.${group}.${k}`, `translation for unknown ${noun} "${k}"`);
    };
    check("levels", "level", levelKeys, t.levels);
    check("domains", "domain", domainKeys, t.domains);
    check("capabilities", "capability", capabilityKeys, t.capabilities);
    check("enablers", "enabler", enablerKeys, t.enablers);
  }
  return problems;
}

/** Returns one cycle among prerequisites as a list of keys (first = last), or null. */
export function findCycle(def: Pick<FrameworkDefinition, "capabilities">): string[] | null {
  const edges = new Map(def.capabilities.map((c) => [c.key, c.prerequisites.map((p) => p.capability)]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (k: string): string[] | null => {
    if (state.get(k) === "done") return null;
    if (state.get(k) === "visiting") return [...stack.slice(stack.indexOf(k)), k];
    state.set(k, "visiting");
    stack.push(k);
    for (const next of edges.get(k) ?? []) {
      if (!edges.has(next)) continue;
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(k, "done");
    return null;
  };
  for (const k of edges.keys()) {
    const found = visit(k);
    if (found) return found;
  }
  return null;
}
