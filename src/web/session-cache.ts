import type { QueryClient } from '@tanstack/react-query';
import type { Session } from './access.ts';
import { SESSION_KEY, SETUP_KEY } from './queries.ts';

/**
 * Switching users in the page's cache: whatever one user's session read is dropped before the
 * next user is shown, so nothing of it lingers on screen.
 */
function dropPrivateData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] && query.queryKey[0] !== SETUP_KEY[0] });
}

export function enterSession(queryClient: QueryClient, session: Session): void {
  dropPrivateData(queryClient);
  queryClient.setQueryData(SETUP_KEY, { needed: false });
  queryClient.setQueryData(SESSION_KEY, session);
}

export function leaveSession(queryClient: QueryClient): void {
  queryClient.setQueryData(SESSION_KEY, null);
  dropPrivateData(queryClient);
}

export function currentSession(queryClient: QueryClient): Session | null {
  return queryClient.getQueryData<Session | null>(SESSION_KEY) ?? null;
}
