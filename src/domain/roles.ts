/**
 * What each role may do, lowest first: a viewer reads; an editor also records and decides; an
 * owner also manages members, tokens and parameters, reads the audit log, and exports and erases
 * personal data.
 */
export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
