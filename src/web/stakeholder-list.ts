import type { Relation, Stakeholder } from '../api/schemas.ts';
import { LEVELS, type Level, type Phase } from '../domain/vocabulary.ts';
import type { Band } from './bands.ts';

/**
 * The stakeholders page's list: every stakeholder beside its relation (when it has one), narrowed
 * by a search and filters and put in order. Pure, so that what the page shows can be tested
 * without a browser.
 */
export interface StakeholderRow {
  readonly stakeholder: Stakeholder;
  /** The relation with both trust accounts, or null when the stakeholder has none (yet). */
  readonly relation: Relation | null;
  readonly archived: boolean;
}

/** One row per stakeholder, with its relation found by the stakeholder's id. */
export function joinRows(stakeholders: readonly Stakeholder[], relations: readonly Relation[]): StakeholderRow[] {
  const byStakeholder = new Map(relations.map((relation) => [relation.stakeholderId, relation]));
  return stakeholders.map((stakeholder) => ({
    stakeholder,
    relation: byStakeholder.get(stakeholder.id) ?? null,
    archived: stakeholder.archivedAt !== null,
  }));
}

/** The band of the trust we receive, which the page's filters and the grid's colours follow. */
export function receivedBand(row: StakeholderRow): Band | null {
  return row.relation?.accounts.received.reading.band ?? null;
}

export function receivedPhase(row: StakeholderRow): Phase | null {
  return row.relation?.accounts.received.phase.phase ?? null;
}

export interface ListFilters {
  /** Part of a name or a tag. */
  readonly search: string;
  readonly categories: readonly string[];
  readonly levels: readonly Level[];
  /** Bands of the received account. */
  readonly bands: readonly Band[];
  /** Phases of the received account. */
  readonly phases: readonly Phase[];
  readonly tags: readonly string[];
  readonly showArchived: boolean;
}

export const NO_FILTERS: ListFilters = { search: '', categories: [], levels: [], bands: [], phases: [], tags: [], showArchived: false };

/** Whether the search or any filter narrows the list (showing archived rows widens it, so it does not count). */
export function isNarrowed(filters: ListFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.categories.length > 0 ||
    filters.levels.length > 0 ||
    filters.bands.length > 0 ||
    filters.phases.length > 0 ||
    filters.tags.length > 0
  );
}

/** Lower case without accents, so that "societe" finds "Société". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Within one filter any chosen value will do; across filters every one must hold. */
export function matchesFilters(row: StakeholderRow, filters: ListFilters): boolean {
  const { stakeholder } = row;
  if (row.archived && !filters.showArchived) return false;
  const needle = searchable(filters.search.trim());
  if (needle && ![stakeholder.name, ...stakeholder.tags].some((text) => searchable(text).includes(needle))) return false;
  if (filters.categories.length > 0 && !filters.categories.includes(stakeholder.category)) return false;
  if (filters.levels.length > 0 && !filters.levels.includes(stakeholder.level)) return false;
  const band = receivedBand(row);
  if (filters.bands.length > 0 && (band === null || !filters.bands.includes(band))) return false;
  const phase = receivedPhase(row);
  if (filters.phases.length > 0 && (phase === null || !filters.phases.includes(phase))) return false;
  if (filters.tags.length > 0 && !stakeholder.tags.some((tag) => filters.tags.includes(tag))) return false;
  return true;
}

export const SORT_KEYS = ['name', 'category', 'level', 'importance', 'trustReceived', 'balanceReceived', 'lastEntry'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/**
 * The order a key starts in when chosen: words A–Z, the most important and the highest figures
 * first, and the longest-untouched relation first (those need care).
 */
export const STARTS_DESCENDING: Record<SortKey, boolean> = {
  name: false,
  category: false,
  level: false,
  importance: true,
  trustReceived: true,
  balanceReceived: true,
  lastEntry: false,
};

export const BY_NAME: ListSort = { key: 'name', descending: false };

export interface SortContext {
  /** Compares two texts in the interface language. */
  readonly compare: (a: string, b: string) => number;
  /** A category in words, so that categories sort as the user reads them. */
  readonly categoryLabel: (category: string) => string;
}

/** The value a row sorts on; null (no relation, no entry yet) always goes last, whatever the direction. */
function sortValue(row: StakeholderRow, key: SortKey, context: SortContext): string | number | null {
  const { stakeholder, relation } = row;
  switch (key) {
    case 'name':
      return stakeholder.name;
    case 'category':
      return context.categoryLabel(stakeholder.category);
    case 'level':
      return LEVELS.indexOf(stakeholder.level);
    case 'importance':
      return stakeholder.importance;
    case 'trustReceived':
      return relation?.accounts.received.reading.trustLevel ?? null;
    case 'balanceReceived':
      return relation?.accounts.received.reading.balance ?? null;
    case 'lastEntry':
      return relation?.lastEntryOn ?? null;
  }
}

export function sortRows(rows: readonly StakeholderRow[], sort: ListSort, context: SortContext): StakeholderRow[] {
  const byName = (a: StakeholderRow, b: StakeholderRow) => context.compare(a.stakeholder.name, b.stakeholder.name) || a.stakeholder.id.localeCompare(b.stakeholder.id);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key, context);
    const y = sortValue(b, sort.key, context);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return byName(a, b);
    }
    let order: number;
    if (typeof x === 'number' && typeof y === 'number') order = x - y;
    else if (sort.key === 'lastEntry') order = String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    else order = context.compare(String(x), String(y));
    return (sort.descending ? -order : order) || byName(a, b);
  });
}

/** The rows the page shows: filtered, then sorted. */
export function visibleRows(rows: readonly StakeholderRow[], filters: ListFilters, sort: ListSort, context: SortContext): StakeholderRow[] {
  return sortRows(
    rows.filter((row) => matchesFilters(row, filters)),
    sort,
    context,
  );
}

/** The categories and tags in use, for the filters' choices (each once, in the given order of comparison). */
export function choicesInUse(rows: readonly StakeholderRow[], compare: (a: string, b: string) => number): { categories: string[]; tags: string[] } {
  const categories = new Set<string>();
  const tags = new Set<string>();
  for (const { stakeholder } of rows) {
    categories.add(stakeholder.category);
    for (const tag of stakeholder.tags) tags.add(tag);
  }
  return { categories: [...categories].sort(compare), tags: [...tags].sort(compare) };
}
