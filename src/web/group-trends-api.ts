import type { GroupFigures } from '../api/schemas.ts';
import { getJson } from './http.ts';

/** The organisation's figures at every month end: as a whole, or per level or per category. */
export type TrendDirection = 'received' | 'given';
export type TrendGrouping = 'organisation' | 'level' | 'category';

export interface GroupTrends {
  readonly direction: TrendDirection;
  readonly groupBy: TrendGrouping;
  readonly dates: readonly string[];
  /** Per group key (`organisation`, a level or a category), its figures at each of `dates`. */
  readonly groups: Readonly<Record<string, readonly GroupFigures[]>>;
}

export interface GroupTrendQuery {
  readonly direction: TrendDirection;
  readonly groupBy: TrendGrouping;
  /** First month (YYYY-MM-DD); the server's default is a year before `to`. */
  readonly from: string;
  /** Last point (YYYY-MM-DD). */
  readonly to: string;
}

export function getGroupTrends(organisationId: string, query: GroupTrendQuery, signal?: AbortSignal): Promise<GroupTrends> {
  const search = new URLSearchParams({ direction: query.direction, groupBy: query.groupBy, from: query.from, to: query.to });
  return getJson<GroupTrends>(`/organisations/${encodeURIComponent(organisationId)}/trend?${search.toString()}`, signal);
}
