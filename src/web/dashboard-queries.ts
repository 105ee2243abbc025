import { useQuery } from '@tanstack/react-query';
import { trendStart } from './dashboard-figures.ts';
import { getGroupTrends, type TrendDirection, type TrendGrouping } from './group-trends-api.ts';

/**
 * The dashboard's trends: the month ends up to the overview's date. Kept under the organisation's
 * key, so a new entry (refreshFigures) refreshes them with every other figure.
 */
export function useGroupTrends(organisationId: string, asOf: string, direction: TrendDirection, groupBy: TrendGrouping) {
  const from = trendStart(asOf);
  return useQuery({
    queryKey: ['organisations', organisationId, 'group-trends', direction, groupBy, from, asOf],
    queryFn: ({ signal }) => getGroupTrends(organisationId, { direction, groupBy, from, to: asOf }, signal),
  });
}
