import { Card, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../api/schemas.ts';
import { leaning, wholePercents } from '../dashboard-figures.ts';
import { DIMENSIONS, type Dimension } from '../dimensions.ts';
import { useLocalized } from '../localized.ts';

// The colours of the three legs, as on the relation page's charts.
const DIMENSION_COLOR = { intentional: 'violet.7', professional: 'blue.7', contractual: 'teal.6' } as const satisfies Record<Dimension, string>;

/**
 * Where the organisation earns the trust it receives: the share of its received deposits per
 * dimension as one bar, the percentages in words, and which dimension it leans on and which it
 * neglects.
 */
export function DashboardLeadership({ profile }: { profile: Overview['leadershipProfile'] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  let body;
  if (!profile.shares) {
    body = (
      <Text c="dimmed" fz="sm" data-testid="dashboard-leadership-empty">
        {t('dashboard.leadership.empty')}
      </Text>
    );
  } else {
    const percents = wholePercents(profile.shares);
    const { most, least } = leaning(profile.shares, profile.style);
    body = (
      <>
        <Progress.Root size={18} radius="sm" aria-hidden="true" mb="sm">
          {DIMENSIONS.map((d) => (
            <Progress.Section key={d} value={percents[d]} color={DIMENSION_COLOR[d]} />
          ))}
        </Progress.Root>
        <ul className="tl-shares" data-testid="dashboard-leadership-shares">
          {DIMENSIONS.map((d) => (
            <li key={d} data-dimension={d} data-percent={percents[d]}>
              <Text component="span" className="tl-swatch" bg={DIMENSION_COLOR[d]} aria-hidden="true" />
              <Text component="span" fz="sm">
                {t('dashboard.leadership.share', { dimension: t(`dimension.${d}`), percent: percents[d] })}
              </Text>
            </li>
          ))}
        </ul>
        <Text fz="sm" mt="sm" fw={600} data-testid="dashboard-leadership-sentence">
          <LeaningSentence most={most} least={least} percents={percents} />
        </Text>
        {profile.text ? (
          <Text fz="sm" c="dimmed" mt={4}>
            {localized(profile.text)}
          </Text>
        ) : null}
      </>
    );
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-leadership-title" data-testid="dashboard-leadership">
      <Title order={3} fz="h4" id="dashboard-leadership-title">
        {t('dashboard.leadership.title')}
      </Title>
      <Text c="dimmed" fz="sm" mb="sm">
        {t('dashboard.leadership.intro')}
      </Text>
      {body}
    </Card>
  );
}

/** One sentence: what the received trust leans on most, and what it neglects, in plain words. */
function LeaningSentence({ most, least, percents }: { most: Dimension | null; least: Dimension | null; percents: Record<Dimension, number> }) {
  const { t } = useTranslation();
  const rests = (d: Dimension) => t(`dashboard.leadership.rests.${d}`);
  if (most && least) {
    return t('dashboard.leadership.leans', { most: rests(most), mostShare: percents[most], least: rests(least), leastShare: percents[least] });
  }
  if (most) return t('dashboard.leadership.leansOnly', { most: rests(most), mostShare: percents[most] });
  if (least) return t('dashboard.leadership.lags', { least: rests(least), leastShare: percents[least] });
  return t('dashboard.leadership.even');
}
