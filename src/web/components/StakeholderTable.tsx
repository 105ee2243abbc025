import { Anchor, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';
import { useCategoryLabel } from '../labels.ts';
import { BalanceFigure } from './BalanceFigure.tsx';
import { LastEntry } from './LastEntry.tsx';
import { SearchIcon } from './SearchIcon.tsx';
import { TripodLegs } from './TripodLegs.tsx';
import { TrustFigure } from './TrustFigure.tsx';

const DIRECTIONS = ['received', 'given'] as const;

/**
 * Every stakeholder with both its trust accounts: trust level and band, balance and the tripod,
 * sorted by name, with a filter on name, category and level.
 */
export function StakeholderTable({ relations }: { relations: readonly Relation[] }) {
  const { t, i18n } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const [filter, setFilter] = useState('');

  const rows = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return relations
      .map((relation) => ({
        relation,
        category: categoryLabel(relation.stakeholder.category),
        level: t(`level.${relation.stakeholder.level}`),
      }))
      .sort((a, b) => collator.compare(a.relation.stakeholder.name, b.relation.stakeholder.name));
  }, [relations, categoryLabel, t, i18n.language]);

  const needle = filter.trim().toLocaleLowerCase(i18n.language);
  const shown = needle
    ? rows.filter((row) =>
        [row.relation.stakeholder.name, row.category, row.level].some((text) => text.toLocaleLowerCase(i18n.language).includes(needle)),
      )
    : rows;

  return (
    <section aria-labelledby="stakeholders-title">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Group gap="xs" align="baseline">
          <Title order={2} fz="h3" id="stakeholders-title">
            {t('stakeholders.title')}
          </Title>
          {needle ? (
            <Text c="dimmed" fz="sm">
              {t('stakeholders.shown', { shown: shown.length, total: rows.length })}
            </Text>
          ) : null}
        </Group>
        <TextInput
          aria-label={t('stakeholders.filterLabel')}
          placeholder={t('stakeholders.filterPlaceholder')}
          leftSection={<SearchIcon />}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={{ base: '100%', sm: 300 }}
          type="search"
        />
      </Group>
      {rows.length === 0 ? (
        <div>
          <Text c="dimmed">{t('stakeholders.none')}</Text>
          <Text c="dimmed" fz="sm" mt={4}>
            {t('stakeholders.noneHint')}
          </Text>
        </div>
      ) : (
        <div className="tl-table-frame">
          <Table.ScrollContainer minWidth={1180} type="native">
            <Table
              aria-label={t('stakeholders.tableLabel')}
              highlightOnHover
              verticalSpacing={8}
              horizontalSpacing="xs"
              className="tl-stakeholders"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th rowSpan={2} scope="col" className="tl-sticky">
                    {t('stakeholders.name')}
                  </Table.Th>
                  <Table.Th rowSpan={2} scope="col">
                    {t('stakeholders.category')}
                  </Table.Th>
                  <Table.Th rowSpan={2} scope="col">
                    {t('stakeholders.level')}
                  </Table.Th>
                  <Table.Th rowSpan={2} scope="col" title={t('stakeholders.lastEntryHint')}>
                    {t('stakeholders.lastEntry')}
                  </Table.Th>
                  {DIRECTIONS.map((direction) => (
                    <Table.Th key={direction} colSpan={3} scope="colgroup" className="tl-group-start tl-group-head">
                      <Text component="span" fw={700} fz="sm">
                        {t(`direction.${direction}`)}
                      </Text>
                      <Text component="span" fz="xs" c="dimmed" fw={400} ml={6}>
                        {t(`directionHint.${direction}`)}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {DIRECTIONS.map((direction) => [
                    <Table.Th key={`${direction}-trust`} scope="col" className="tl-group-start" title={t('stakeholders.trustLevelHint')}>
                      {t('stakeholders.trustLevel')}
                    </Table.Th>,
                    <Table.Th key={`${direction}-balance`} scope="col" ta="right">
                      {t('stakeholders.balance')}
                    </Table.Th>,
                    <Table.Th key={`${direction}-tripod`} scope="col" title={t('stakeholders.tripodHint')}>
                      {t('stakeholders.tripod')}
                    </Table.Th>,
                  ])}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map(({ relation, category, level }) => (
                  <Table.Tr key={relation.id}>
                    <Table.Th scope="row" className="tl-sticky tl-name">
                      <Anchor
                        fw={600}
                        c="inherit"
                        className="tl-name-link"
                        renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: relation.id }} />}
                      >
                        {relation.stakeholder.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{category}</Table.Td>
                    <Table.Td>{level}</Table.Td>
                    <Table.Td>
                      <LastEntry relation={relation} />
                    </Table.Td>
                    {DIRECTIONS.map((direction) => {
                      const reading = relation.accounts[direction].reading;
                      return [
                        <Table.Td key={`${direction}-trust`} className="tl-group-start" data-testid={`${direction}-trust`}>
                          <TrustFigure reading={reading} />
                        </Table.Td>,
                        <Table.Td key={`${direction}-balance`} ta="right">
                          <BalanceFigure value={reading.balance} />
                        </Table.Td>,
                        <Table.Td key={`${direction}-tripod`}>
                          <TripodLegs legs={reading.legs} />
                        </Table.Td>,
                      ];
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
      {needle && shown.length === 0 ? (
        <Text c="dimmed" mt="sm">
          {t('stakeholders.noMatch', { filter: filter.trim() })}
        </Text>
      ) : null}
      <Text fz="xs" c="dimmed" mt="xs" hiddenFrom="md">
        {t('stakeholders.scrollHint')}
      </Text>
    </section>
  );
}
