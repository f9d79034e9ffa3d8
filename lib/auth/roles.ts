export const roles = ["contributor", "focal_point", "secretariat", "advisory", "ngo"] as const;
export type Role = (typeof roles)[number];

/** Roles that belong to one country and only ever reach that country's data. */
export const countryRoles: readonly Role[] = ["contributor", "focal_point"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function isCountryRole(role: Role): boolean {
  return countryRoles.includes(role);
}
