import { Card, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupFigures } from '../../api/schemas.ts';
import { BAND_COLOR } from '../bands.ts';
import { changeOf, groupBand, TREND_MONTHS } from '../dashboard-figures.ts';
import { useGroupTrends } from '../dashboard-queries.ts';
import { useFormat } from '../format.ts';
import type { TrendGrouping } from '../group-trends-api.ts';
import { useCategoryLabel } from '../labels.ts';
import { BandBadge } from './BandBadge.tsx';
import { ErrorState } from './ErrorState.tsx';

// The chart library comes with the lines, after the cards' figures: the first load stays small.
const DashboardSparkline = lazy(() => import('./DashboardSparkline.tsx').then((m) => ({ default: m.DashboardSparkline })));

const LEVELS = ['relational', 'organisational', 'market', 'societal'] as const;
const SPARK_HEIGHT = 44;
const ARROW = { up: '▲', down: '▼', flat: '▶' } as const;
// The line in the colour of its band, a shade darker than Mantine's default for contrast on white.
const LINE_COLOR = { distrust: '#e03131', neutral: '#e8590c', trust: '#2f9e44' } as const;

interface Multiple {
  readonly key: string;
  readonly label: string;
  readonly series: readonly GroupFigures[];
}

/**
 * The trust we receive per level and per category, one small card each: the trust level now, its
 * band, the line of the last 24 months and whether it went up or down, in words as well.
 */
export function DashboardSmallMultiples({ organisationId, asOf }: { organisationId: string; asOf: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-multiples-title" data-testid="dashboard-multiples">
      <Title order={3} fz="h4" id="dashboard-multiples-title">
        {t('dashboard.multiples.title')}
      </Title>
      <Text c="dimmed" fz="sm" mb="md">
        {t('dashboard.multiples.intro', { count: TREND_MONTHS })}
      </Text>
      <Stack gap="lg">
        <MultiplesGroup organisationId={organisationId} asOf={asOf} groupBy="level" />
        <MultiplesGroup organisationId={organisationId} asOf={asOf} groupBy="category" />
      </Stack>
    </Card>
  );
}

function MultiplesGroup({ organisationId, asOf, groupBy }: { organisationId: string; asOf: string; groupBy: Exclude<TrendGrouping, 'organisation'> }) {
  const { t, i18n } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const trend = useGroupTrends(organisationId, asOf, 'received', groupBy);
  const headingId = `dashboard-multiples-${groupBy}`;

  const multiples = useMemo<Multiple[]>(() => {
    const groups = trend.data?.groups ?? {};
    if (groupBy === 'level') {
      return LEVELS.filter((level) => groups[level]).map((level) => ({ key: level, label: t(`level.${level}`), series: groups[level]! }));
    }
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    return Object.entries(groups)
      .map(([key, series]) => ({ key, label: categoryLabel(key), series }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [trend.data, groupBy, t, i18n.language, categoryLabel]);

  let body;
  if (trend.isError) body = <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  else if (!trend.data) body = <Skeleton height={120} />;
  else if (multiples.length === 0) body = <Text c="dimmed" fz="sm">{t('dashboard.multiples.empty')}</Text>;
  else
    body = (
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" component="ul" className="tl-multiples" aria-labelledby={headingId}>
        {multiples.map((multiple) => (
          <MultipleCard key={multiple.key} multiple={multiple} groupBy={groupBy} />
        ))}
      </SimpleGrid>
    );

  return (
    <div data-testid={`dashboard-multiples-${groupBy}`}>
      <Title order={4} fz="sm" fw={600} id={headingId} mb="xs">
        {t(`dashboard.multiples.by.${groupBy}`)}
      </Title>
      {body}
    </div>
  );
}

function MultipleCard({ multiple, groupBy }: { multiple: Multiple; groupBy: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trustLevels = useMemo(() => multiple.series.map((point) => point.trustLevel), [multiple.series]);
  const now = trustLevels.at(-1) ?? null;
  const band = now === null ? null : groupBand(now);
  const change = changeOf(trustLevels);
  return (
    <Paper
      component="li"
      withBorder
      p={{ base: 'xs', xs: 'sm' }}
      className="tl-multiple"
      data-testid="dashboard-multiple"
      data-group={groupBy}
      data-key={multiple.key}
      data-band={band ?? undefined}
      style={{ borderLeftColor: band ? `var(--mantine-color-${BAND_COLOR[band]}-6)` : undefined }}
    >
      <Text fz={{ base: 'xs', xs: 'sm' }} fw={600} lineClamp={2} className="tl-multiple-label">
        {multiple.label}
      </Text>
      <Group gap={6} align="baseline" wrap="nowrap">
        <Text component="span" fz={22} fw={700} className="tl-number" data-testid="dashboard-multiple-trust">
          {now === null ? t('overview.noFigure') : format.trust(now)}
        </Text>
        {band ? <BandBadge band={band} /> : null}
      </Group>
      <Suspense fallback={<Skeleton height={SPARK_HEIGHT} my={4} />}>
        <DashboardSparkline
          values={trustLevels}
          color={band ? LINE_COLOR[band] : '#868e96'}
          height={SPARK_HEIGHT}
          label={t('dashboard.multiples.chartLabel', { group: multiple.label })}
        />
      </Suspense>
      {change ? (
        <Text fz="xs" c="dimmed" data-testid="dashboard-multiple-change" data-direction={change.direction}>
          <span aria-hidden="true" className={`tl-change tl-change-${change.direction}`}>
            {ARROW[change.direction]}
          </span>{' '}
          {t(`dashboard.multiples.change.${change.direction}`, { count: change.points })}
        </Text>
      ) : null}
    </Paper>
  );
}
