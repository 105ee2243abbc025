import { createContext, useContext, type ReactNode } from 'react';
import type { Membership, Session } from './access.ts';

/**
 * The signed-in user's place in the application, shared by every page under the header: the
 * chosen organisation with the user's role in it, and how to follow a change of access.
 */
export interface WorkspaceState {
  readonly session: Session;
  readonly membership: Membership;
  /** The organisation picker when the user belongs to more than one, else null. */
  readonly picker: ReactNode;
  /** Called when the server says the user may no longer see the organisation (403, 404). */
  readonly onAccessChanged: () => void;
}

export const WorkspaceContext = createContext<WorkspaceState | null>(null);

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspace outside a signed-in workspace');
  return state;
}

/** Editors and owners record, reverse and override; viewers read. */
export function canEdit(membership: Membership): boolean {
  return membership.role === 'editor' || membership.role === 'owner';
}
