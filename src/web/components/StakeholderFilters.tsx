import { ActionIcon, Button, Group, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, PHASES, type Level, type Phase } from '../../domain/vocabulary.ts';
import type { Band } from '../bands.ts';
import { useCategoryLabel } from '../labels.ts';
import { isNarrowed, NO_FILTERS, SORT_KEYS, STARTS_DESCENDING, type ListFilters, type ListSort, type SortKey } from '../stakeholder-list.ts';
import { ChevronIcon } from './ChevronIcon.tsx';
import { SearchIcon } from './SearchIcon.tsx';

const BANDS: readonly Band[] = ['trust', 'neutral', 'distrust', 'uncertain'];

function isSortKey(value: string | null): value is SortKey {
  return SORT_KEYS.some((key) => key === value);
}

/** Chosen values of a multi-select kept only when they are among the allowed ones (typed, not cast). */
function pick<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

/** The search, the filters and the order of the stakeholders list; the grid follows them too. */
export function StakeholderFilters({
  filters,
  sort,
  categories,
  tags,
  onFilters,
  onSort,
}: {
  filters: ListFilters;
  sort: ListSort;
  /** The categories and tags in use, to choose from. */
  categories: readonly string[];
  tags: readonly string[];
  onFilters: (next: ListFilters) => void;
  onSort: (next: ListSort) => void;
}) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const set = (change: Partial<ListFilters>) => onFilters({ ...filters, ...change });
  // On a phone the five filters fold away behind one button, so the list is in sight at once.
  const [open, setOpen] = useState(false);
  const fieldsId = useId();
  const narrowing = [filters.categories, filters.levels, filters.bands, filters.phases, filters.tags].filter((chosen) => chosen.length > 0).length;
  const multi = { clearable: true, size: 'sm' as const, comboboxProps: { withinPortal: true } };
  return (
    <section aria-label={t('stakeholderList.filtersLabel')} className="tl-stakeholder-filters">
      <TextInput
          label={t('stakeholderList.search')}
          placeholder={t('stakeholderList.searchPlaceholder')}
          leftSection={<SearchIcon />}
          value={filters.search}
          onChange={(event) => set({ search: event.currentTarget.value })}
          type="search"
          mb="sm"
        />
      <Button
        hiddenFrom="sm"
        variant="default"
        size="sm"
        mb="sm"
        aria-expanded={open}
        aria-controls={fieldsId}
        onClick={() => setOpen((was) => !was)}
        rightSection={<span className="tl-filter-chevron" data-open={open || undefined}><ChevronIcon /></span>}
      >
        {narrowing > 0 ? `${t('stakeholderList.filtersToggle')} (${narrowing})` : t('stakeholderList.filtersToggle')}
      </Button>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm" id={fieldsId} className="tl-filter-fields" data-open={open || undefined}>
        <MultiSelect
          {...multi}
          label={t('stakeholderList.category')}
          placeholder={filters.categories.length ? undefined : t('stakeholderList.any')}
          data={categories.map((category) => ({ value: category, label: categoryLabel(category) }))}
          value={[...filters.categories]}
          onChange={(categories) => set({ categories })}
          searchable
        />
        <MultiSelect
          {...multi}
          label={t('stakeholderList.level')}
          placeholder={filters.levels.length ? undefined : t('stakeholderList.any')}
          data={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
          value={[...filters.levels]}
          onChange={(levels) => set({ levels: pick<Level>(LEVELS, levels) })}
          data-testid="filter-level"
        />
        <MultiSelect
          {...multi}
          label={t('stakeholderList.band')}
          placeholder={filters.bands.length ? undefined : t('stakeholderList.any')}
          data={BANDS.map((band) => ({ value: band, label: t(`band.${band}`) }))}
          value={[...filters.bands]}
          onChange={(bands) => set({ bands: pick<Band>(BANDS, bands) })}
        />
        <MultiSelect
          {...multi}
          label={t('stakeholderList.phase')}
          placeholder={filters.phases.length ? undefined : t('stakeholderList.any')}
          data={PHASES.map((phase) => ({ value: phase, label: t('phase.current', { phase: t(`phaseName.${phase}`) }) }))}
          value={[...filters.phases]}
          onChange={(phases) => set({ phases: pick<Phase>(PHASES, phases) })}
        />
        {tags.length > 0 ? (
          <MultiSelect
            {...multi}
            label={t('stakeholderList.tags')}
            placeholder={filters.tags.length ? undefined : t('stakeholderList.any')}
            data={[...tags]}
            value={[...filters.tags]}
            onChange={(chosen) => set({ tags: chosen })}
            searchable
          />
        ) : null}
      </SimpleGrid>
      <Group gap="sm" align="flex-end" wrap="wrap" mt="sm">
        <Select
          label={t('stakeholderList.sortBy')}
          data={SORT_KEYS.map((key) => ({ value: key, label: t(`stakeholderList.sort.${key}`) }))}
          value={sort.key}
          onChange={(key) => {
            if (isSortKey(key)) onSort({ key, descending: STARTS_DESCENDING[key] });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
          comboboxProps={{ withinPortal: true }}
        />
        <ActionIcon
          variant="default"
          size="input-sm"
          aria-label={`${t('stakeholderList.order')}: ${sort.descending ? t('stakeholderList.descending') : t('stakeholderList.ascending')}`}
          title={sort.descending ? t('stakeholderList.descending') : t('stakeholderList.ascending')}
          onClick={() => onSort({ ...sort, descending: !sort.descending })}
          data-testid="sort-order"
          data-descending={sort.descending}
        >
          <span aria-hidden="true">{sort.descending ? '↓' : '↑'}</span>
        </ActionIcon>
        <Switch
          label={t('stakeholderList.showArchived')}
          checked={filters.showArchived}
          onChange={(event) => set({ showArchived: event.currentTarget.checked })}
          className="tl-archived-switch"
        />
        {isNarrowed(filters) ? (
          <Button variant="subtle" size="sm" onClick={() => onFilters({ ...NO_FILTERS, showArchived: filters.showArchived })}>
            {t('stakeholderList.clearFilters')}
          </Button>
        ) : null}
      </Group>
    </section>
  );
}
