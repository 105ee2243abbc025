import { Card, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { BalanceFigure } from './BalanceFigure.tsx';

const LEVELS = ['relational', 'organisational', 'market', 'societal'] as const;
type Direction = 'received' | 'given';

/**
 * One direction of the organisation's trust: the importance-weighted trust level, the total
 * balance, and the same two figures per level.
 */
export function DirectionCard({ overview, direction }: { overview: Overview; direction: Direction }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = overview[direction];
  const trust = figures.total.trustLevel;
  const headingId = `direction-${direction}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid={`overview-${direction}`}>
      <Stack gap="md">
        <div>
          <Title order={3} fz="h4" id={headingId}>
            {t(`direction.${direction}`)}
          </Title>
          <Text fz="sm" c="dimmed">
            {t(`directionHint.${direction}`)}
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="lg">
          <div>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('overview.trustLevel')}
            </Text>
            <Text component="div" lh={1.2}>
              <Text component="span" fz={32} fw={700} className="tl-number" data-testid={`overview-${direction}-trust`}>
                {trust === null ? t('overview.noFigure') : format.trust(trust)}
              </Text>
              <Text component="span" fz="sm" c="dimmed">
                {` ${t('overview.outOf')}`}
              </Text>
            </Text>
            <Progress value={trust === null ? 0 : Math.max(0, Math.min(100, trust))} size="sm" mt={6} aria-hidden="true" />
            <Text fz="xs" c="dimmed" mt={6}>
              {t('overview.trustLevelHint')}
            </Text>
          </div>
          <div>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('overview.balance')}
            </Text>
            <Text component="div" fz={32} fw={700} lh={1.2} data-testid={`overview-${direction}-balance`}>
              <BalanceFigure value={figures.total.balance} size="inherit" weight={700} />
            </Text>
            <Text fz="xs" c="dimmed" mt={6}>
              {t('overview.balanceHint')}
            </Text>
            <Text fz="xs" c="dimmed" mt={4}>
              {t('overview.accounts', { count: figures.total.accounts })}
            </Text>
          </div>
        </SimpleGrid>
        <div>
          <Table verticalSpacing={4} horizontalSpacing="xs" withRowBorders={false} className="tl-levels">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.byLevel')}</Table.Th>
                <Table.Th ta="right">{t('stakeholders.trustLevel')}</Table.Th>
                <Table.Th ta="right">{t('overview.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {LEVELS.map((level) => {
                const group = figures.byLevel[level];
                return (
                  <Table.Tr key={level}>
                    <Table.Td fz="sm">{t(`level.${level}`)}</Table.Td>
                    <Table.Td fz="sm" ta="right" className="tl-number" fw={600}>
                      {group?.trustLevel == null ? t('overview.noFigure') : format.trust(group.trustLevel)}
                    </Table.Td>
                    <Table.Td fz="sm" ta="right">
                      {group ? <BalanceFigure value={group.balance} /> : t('overview.noFigure')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      </Stack>
    </Card>
  );
}
