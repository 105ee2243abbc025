import { ActionIcon, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES } from '../../domain/vocabulary.ts';
import { useCategoryLabel } from '../labels.ts';
import { SearchableSelect } from './SearchableSelect.tsx';

/** The rates being edited, per category key: a number, or the text of a field being typed. */
export type CategoryRates = Readonly<Record<string, number | string>>;

interface Props {
  readonly rates: CategoryRates;
  /** When given, the rates can be changed, added and removed; otherwise they are only shown. */
  readonly onChange?: (rates: CategoryRates) => void;
  readonly limits: { readonly min: number; readonly max: number } | undefined;
  readonly errors: Readonly<Record<string, string | undefined>>;
  readonly decimalSeparator: string;
  readonly number: (value: number) => string;
  /** Category keys in use by the organisation's stakeholders, besides those of figure 1. */
  readonly categoriesInUse: readonly string[];
  /** Where a category added to the list starts: the base rate of every other category. */
  readonly newRate: number;
}

/**
 * The propensity to trust one kind of stakeholder differently from the rest — say, a lower base
 * rate for suppliers after a bad year. Categories without their own rate use the base rate.
 */
export function CategoryBaseRates({ rates, onChange, limits, errors, decimalSeparator, number, categoriesInUse, newRate }: Props) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const entries = Object.entries(rates).sort(([a], [b]) => categoryLabel(a).localeCompare(categoryLabel(b)));

  if (!onChange) {
    return (
      <Text fz="sm" data-testid="category-rates">
        {entries.length === 0
          ? t('settings.noCategoryRates')
          : entries.map(([category, rate]) => `${categoryLabel(category)}: ${typeof rate === 'number' ? number(rate) : rate}`).join(', ')}
      </Text>
    );
  }

  const free = [...new Set([...STAKEHOLDER_CATEGORIES, ...categoriesInUse])]
    .filter((category) => !(category in rates))
    .map((category) => ({ value: category, label: categoryLabel(category) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const without = (category: string) => Object.fromEntries(Object.entries(rates).filter(([key]) => key !== category));

  return (
    <Stack gap="xs" data-testid="category-rates">
      {entries.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('settings.noCategoryRates')}
        </Text>
      ) : null}
      {entries.map(([category, rate]) => (
        <Group key={category} gap="xs" wrap="nowrap" align="flex-start">
          <NumberInput
            label={categoryLabel(category)}
            value={rate}
            onChange={(value) => onChange({ ...rates, [category]: value })}
            min={limits?.min}
            max={limits?.max}
            step={0.05}
            decimalSeparator={decimalSeparator}
            clampBehavior="none"
            error={errors[category]}
            style={{ flex: 1 }}
            data-testid={`category-rate-${category}`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            size="lg"
            aria-label={t('settings.removeCategoryRate', { category: categoryLabel(category) })}
            onClick={() => onChange(without(category))}
          >
            <span aria-hidden="true">×</span>
          </ActionIcon>
        </Group>
      ))}
      {free.length > 0 ? (
        <SearchableSelect
          label={t('settings.addCategoryRate')}
          placeholder={t('settings.addCategoryRatePlaceholder')}
          data={free}
          value={null}
          onChange={(category) => {
            if (category) onChange({ ...rates, [category]: newRate });
          }}
          comboboxProps={{ withinPortal: false }}
          maw={320}
        />
      ) : null}
    </Stack>
  );
}
