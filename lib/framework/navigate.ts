import type { Capability, Domain, FrameworkDefinition } from "./schema";

export interface DomainWithCapabilities extends Domain {
  capabilities: Capability[];
}

export function groupByDomain(def: FrameworkDefinition): DomainWithCapabilities[] {
  return def.domains.map((d) => ({ ...d, capabilities: def.capabilities.filter((c) => c.domain === d.key) }));
}

export function findCapability(def: FrameworkDefinition, key: string): Capability | undefined {
  return def.capabilities.find((c) => c.key === key);
}

/** Capabilities that list `key` among their prerequisites. */
export function findDependents(def: FrameworkDefinition, key: string): Capability[] {
  return def.capabilities.filter((c) => c.prerequisites.some((p) => p.capability === key));
}

export function describeLevel(def: FrameworkDefinition, capability: Capability, value: number): string | undefined {
  return capability.descriptors[String(value)];
}
