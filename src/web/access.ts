/**
 * Who the signed-in user is and what they may do, in the shapes the server answers with
 * (`/auth/session`, `/organisations/{id}/members`, `/invitations/{token}`).
 */
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
}

export interface Membership {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: Role;
}

export interface Session {
  readonly user: SessionUser;
  readonly memberships: readonly Membership[];
}

export interface SetupStatus {
  readonly needed: boolean;
}

export interface SetupInput {
  readonly organisationName: string;
  readonly displayName: string;
  readonly email: string;
  readonly password: string;
}

/** What an invitation link says before it is accepted. */
export interface InvitationPreview {
  readonly organisationName: string;
  readonly role: Role;
  /** Set when the invitation is for one address only. */
  readonly email: string | null;
}

export interface AcceptInvitationInput {
  readonly displayName: string;
  readonly email: string;
  readonly password: string;
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly since: string;
}

export interface CreatedInvitation {
  readonly id: string;
  readonly role: Role;
  readonly email: string | null;
  readonly expiresAt: string;
  /** Single use, and shown only this once. */
  readonly token: string;
}

/** The minimum length of a password, as the server checks it. */
export const MIN_PASSWORD_LENGTH = 10;
