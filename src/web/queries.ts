import { useQuery } from '@tanstack/react-query';
import { getOverview, listOrganisations, listRelations } from './api.ts';

/** The server state the page reads, cached by TanStack Query under stable keys. */
export function useOrganisations() {
  return useQuery({ queryKey: ['organisations'], queryFn: ({ signal }) => listOrganisations(signal) });
}

export function useOverview(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'overview'],
    queryFn: ({ signal }) => getOverview(organisationId, signal),
  });
}

export function useRelations(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'relations'],
    queryFn: ({ signal }) => listRelations(organisationId, signal),
  });
}
