import type { CreatedInvitation, Member, Role } from './access.ts';
import { request } from './http.ts';

/** An organisation's members: who they are, inviting someone, removing someone. */
const members = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;

export async function listMembers(organisationId: string, signal?: AbortSignal): Promise<Member[]> {
  const page = await request<{ items: Member[] }>(`${members(organisationId)}/members`, { signal });
  return page.items;
}

export function createInvitation(organisationId: string, input: { role: Role; email?: string }): Promise<CreatedInvitation> {
  return request<CreatedInvitation>(`${members(organisationId)}/invitations`, { method: 'POST', body: input });
}

export function removeMember(organisationId: string, userId: string): Promise<void> {
  return request<void>(`${members(organisationId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

/** The link to hand to the invited person. */
export function invitationLink(token: string): string {
  return `${window.location.origin}/invite/${encodeURIComponent(token)}`;
}

export function changeMemberRole(organisationId: string, userId: string, role: Role): Promise<void> {
  return request<void>(`${members(organisationId)}/members/${encodeURIComponent(userId)}`, { method: 'PUT', body: { role } });
}
