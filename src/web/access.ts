/**
 * Who the signed-in user is and what they may do, in the shapes the server answers with
 * (`/auth/session`, `/organisations/{id}/members`, `/invitations/{token}`).
 */
import type { Role, Session } from '../api/schemas.ts';

export type { Role } from '../api/schemas.ts';
export const ROLES = ['owner', 'editor', 'viewer'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type {
  AcceptInvitation as AcceptInvitationInput,
  Invitation as CreatedInvitation,
  InvitationPreview,
  Member,
  Session,
  SetUp as SetupInput,
} from '../api/schemas.ts';

export type SessionUser = Session['user'];
export type Membership = Session['memberships'][number];

export interface SetupStatus {
  readonly needed: boolean;
}

/** The minimum length of a password, as the server checks it. */
export const MIN_PASSWORD_LENGTH = 10;
