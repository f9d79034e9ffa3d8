import type { Role } from "./roles";

// The one permission table: which role may do what. Pages, server actions and route
// handlers all ask `can()`; nothing checks a role name directly.
// Country roles get their permissions only within their own country (see scope.ts).
export const permissionTable = {
  "framework.read": ["anonymous", "contributor", "focal_point", "secretariat", "advisory", "ngo"],
  "account.manageOwn": ["contributor", "focal_point", "secretariat", "advisory", "ngo"],
  "workspace.read": ["contributor", "focal_point", "secretariat", "advisory", "ngo"],
  "country.readOwn": ["contributor", "focal_point"],
  "assessment.read": ["contributor", "focal_point", "secretariat"],
  "assessment.edit": ["contributor", "focal_point"],
  "assessment.create": ["focal_point"],
  "assessment.assign": ["focal_point"],
  "assessment.propose": ["contributor", "focal_point"],
  "assessment.agree": ["focal_point"],
  "assessment.submit": ["focal_point"],
  "assessment.share": ["focal_point"],
  "assessment.review": ["secretariat"],
  "assessment.readShared": ["advisory", "ngo", "secretariat"],
  "comparison.read": ["advisory", "secretariat"],
  "export.shared": ["ngo", "advisory", "secretariat"],
  "user.read": ["secretariat"],
  "user.invite": ["secretariat"],
  "user.manage": ["secretariat"],
  "audit.read": ["secretariat"],
  "settings.manage": ["secretariat"],
  "framework.import": ["secretariat"],
} as const satisfies Record<string, readonly (Role | "anonymous")[]>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

/** Anyone not signed in is "anonymous". */
export function can(role: Role | "anonymous", permission: Permission): boolean {
  return (permissionTable[permission] as readonly string[]).includes(role);
}

export function permissionsOf(role: Role | "anonymous"): Permission[] {
  return permissions.filter((p) => can(role, p));
}
