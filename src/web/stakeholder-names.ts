import { useCallback } from 'react';
import { useStakeholders } from './stakeholder-queries.ts';

/** A stakeholder's name by its id, once the organisation's stakeholders are loaded; the id until then. */
export function useStakeholderNames(organisationId: string): (id: string) => string {
  const stakeholders = useStakeholders(organisationId);
  const data = stakeholders.data;
  return useCallback((id: string) => data?.find((s) => s.id === id)?.name ?? id, [data]);
}
