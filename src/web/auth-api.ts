import type { AcceptInvitationInput, InvitationPreview, Session, SetupInput, SetupStatus } from './access.ts';
import { ApiError, request } from './http.ts';

/** Setting up, signing in and out, the password and its reset, and accepting an invitation. */

/** The signed-in user, or `null` when nobody is signed in. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await request<Session>('/auth/session', { signal, needsSession: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function getSetupStatus(signal?: AbortSignal): Promise<SetupStatus> {
  return request<SetupStatus>('/setup', { signal, needsSession: false });
}

/** Creates the first user and organisation and signs the user in. */
export function setUp(input: SetupInput): Promise<unknown> {
  return request('/setup', { method: 'POST', body: input, needsSession: false });
}

export function signIn(email: string, password: string): Promise<Session> {
  return request<Session>('/auth/login', { method: 'POST', body: { email, password }, needsSession: false });
}

export function signOut(): Promise<void> {
  return request<void>('/auth/logout', { method: 'POST', needsSession: false });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

/** Chooses a new password with a reset link; every session of the account ends, this one too. */
export function resetPassword(token: string, newPassword: string): Promise<void> {
  return request<void>('/auth/password-reset', { method: 'POST', body: { token, newPassword }, needsSession: false });
}

export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return request<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, { signal, needsSession: false });
}

export function acceptInvitation(token: string, input: AcceptInvitationInput): Promise<Session> {
  return request<Session>(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: input,
    needsSession: false,
  });
}
