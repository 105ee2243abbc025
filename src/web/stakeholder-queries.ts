import { useQuery, type QueryClient } from '@tanstack/react-query';
import { listAllRelations, listStakeholders } from './stakeholders-api.ts';

/** The stakeholders page's server state, under the organisation's keys so that a change elsewhere refreshes it too. */
export function useStakeholders(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'stakeholders'],
    queryFn: ({ signal }) => listStakeholders(organisationId, signal),
  });
}

/** Every relation, archived stakeholders' included; under the `relations` key, so a change to any relation refreshes it. */
export function useAllRelations(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'relations', 'with-archived'],
    queryFn: ({ signal }) => listAllRelations(organisationId, signal),
  });
}

/**
 * After a stakeholder is added, changed, archived or restored: its lists, its relations, the
 * overview and the signals (an archived stakeholder raises none) follow.
 */
export async function refreshStakeholders(queryClient: QueryClient, organisationId: string): Promise<void> {
  await Promise.all(
    (['stakeholders', 'relations', 'overview', 'signals'] as const).map((key) => queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, key] })),
  );
}
