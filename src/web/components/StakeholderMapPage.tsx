import { Alert, Anchor, Card, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { useCategoryLabel } from '../labels.ts';
import { layoutMap, LEVELS, type MapLayout } from '../map-layout.ts';
import { usePageTitle } from '../page-title.ts';
import { useRelations } from '../queries.ts';
import { useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { StakeholderMapChart, type MapPoint, type MapTexts } from './StakeholderMapChart.tsx';
import { StakeholderMapLegend } from './StakeholderMapLegend.tsx';
import { StakeholderMapTable, type MapRow } from './StakeholderMapTable.tsx';

const DIRECTIONS = ['received', 'given'] as const;
type Direction = (typeof DIRECTIONS)[number];

function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

/**
 * The stakeholder map (essay figure 1): the organisation in the centre, its stakeholders on rings
 * by level, sized by importance and coloured by the band of the trust received or, at the
 * reader's choice, given. The same figures follow in a table, each name a link.
 */
export function StakeholderMapPage() {
  const { t } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const relations = useRelations(membership.organisationId);

  usePageTitle(t('map.title'));

  const refused = isApiError(relations.error, 403) || isApiError(relations.error, 404);
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (relations.isError) body = <ErrorState error={relations.error} onRetry={() => void relations.refetch()} />;
  else if (!relations.data) body = <LoadingState />;
  else if (relations.data.length === 0)
    body = (
      <Alert color="gray" title={t('map.emptyTitle')} data-testid="map-empty">
        {t('map.empty')}
      </Alert>
    );
  else body = <StakeholderMap relations={relations.data} organisation={membership.organisationName} />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/" fz="sm">
          {`← ${t('nav.back')}`}
        </Anchor>
        <Title order={2} fz="h2">
          {t('map.title')}
        </Title>
        <Text c="dimmed" mt={4} maw={760}>
          {t('map.intro')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}

function StakeholderMap({ relations, organisation }: { relations: readonly Relation[]; organisation: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const categoryLabel = useCategoryLabel();
  const navigate = useNavigate();
  const [direction, setDirection] = useState<Direction>('received');

  const layout = useMemo<MapLayout>(
    () =>
      layoutMap(
        relations.map((relation) => ({
          id: relation.id,
          name: relation.stakeholder.name,
          category: relation.stakeholder.category,
          level: relation.stakeholder.level,
          importance: relation.stakeholder.importance,
        })),
      ),
    [relations],
  );

  const rows = useMemo<MapRow[]>(() => {
    const byId = new Map(relations.map((relation) => [relation.id, relation]));
    return layout.nodes.flatMap((node) => {
      const relation = byId.get(node.id);
      if (!relation) return [];
      const account = relation.accounts[direction];
      const band = account.reading.band;
      return [
        {
          relationId: relation.id,
          name: relation.stakeholder.name,
          category: categoryLabel(relation.stakeholder.category),
          level: t(`level.${relation.stakeholder.level}`),
          band,
          bandLabel: t(`band.${band}`),
          trust: format.trust(account.reading.trustLevel),
          balance: format.balance(account.reading.balance),
          phase: t('phase.current', { phase: t(`phaseName.${account.phase.phase}`) }),
        },
      ];
    });
  }, [relations, layout, direction, categoryLabel, t, format]);

  const points = useMemo(() => new Map<string, MapPoint>(rows.map((row) => [row.relationId, row])), [rows]);
  const texts = useMemo<MapTexts>(
    () => ({
      trust: t('map.tooltipTrust'),
      balance: t('map.tooltipBalance'),
      phase: t('map.tooltipPhase'),
      levels: LEVELS.map((level) => t(`level.${level}`)),
    }),
    [t],
  );
  const directionWords = t(`direction.${direction}`).toLocaleLowerCase(i18n.language);
  const open = useCallback((relationId: string) => void navigate({ to: '/relations/$relationId', params: { relationId } }), [navigate]);

  return (
    <>
      <Group gap="sm" align="center">
        <Text fz="sm" fw={500} id="map-colour-by">
          {t('map.colourBy')}
        </Text>
        <SegmentedControl
          aria-labelledby="map-colour-by"
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          classNames={{ label: 'tl-map-direction-label' }}
          value={direction}
          onChange={(next) => {
            if (isDirection(next)) setDirection(next);
          }}
          data={DIRECTIONS.map((value) => ({ value, label: t(`direction.${value}`) }))}
        />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="xs">
            <StakeholderMapChart
              layout={layout}
              points={points}
              organisation={organisation}
              texts={texts}
              label={t('map.chartLabel', { count: rows.length, organisation, direction: directionWords })}
              onOpen={open}
            />
            <Text fz="xs" c="dimmed" mt={4}>
              {t('map.roamHint')}
            </Text>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <StakeholderMapLegend direction={directionWords} />
        </Grid.Col>
      </Grid>
      <StakeholderMapTable rows={rows} direction={directionWords} />
    </>
  );
}
