import { Card, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { AdvicePanel } from './AdvicePanel.tsx';
import { BalanceFigure } from './BalanceFigure.tsx';
import { BandBadge } from './BandBadge.tsx';
import { PhasePanel } from './PhasePanel.tsx';
import { TrendChart } from './TrendChart.tsx';
import { TripodLegs } from './TripodLegs.tsx';
import { TripodRadar } from './TripodRadar.tsx';

/** One trust account of a relation: its figures, the tripod, the trend, the phase and what to do. */
export function AccountPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reading = account.reading;
  const headingId = `account-${account.direction}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid={`account-${account.direction}`}>
      <Stack gap="md">
        <div>
          <Title order={3} fz="h3" id={headingId}>
            {t(`direction.${account.direction}`)}
          </Title>
          <Text fz="sm" c="dimmed">
            {t(`directionHint.${account.direction}`)}
            {' · '}
            {account.lastEntryOn ? t('trustAccount.lastEntry', { date: format.date(account.lastEntryOn) }) : t('trustAccount.noEntry')}
          </Text>
        </div>
        <SimpleGrid cols={3} spacing="md">
          <div>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('trustAccount.trustLevel')}
            </Text>
            <Text component="div" lh={1.2}>
              <Text component="span" fz={{ base: 24, xs: 32 }} fw={700} className="tl-number" data-testid={`${account.direction}-trust-level`}>
                {format.trust(reading.trustLevel)}
              </Text>
              <Text component="span" fz="sm" c="dimmed">
                {` ${t('trustAccount.outOf')} `}
              </Text>
            </Text>
            <BandBadge band={reading.band} />
          </div>
          <div>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('trustAccount.balance')}
            </Text>
            <Text component="div" fz={{ base: 24, xs: 32 }} fw={700} lh={1.2}>
              <BalanceFigure value={reading.balance} size="inherit" weight={700} />
            </Text>
          </div>
          <div>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('trustAccount.uncertainty')}
            </Text>
            <Text component="div" fz={{ base: 24, xs: 32 }} fw={700} lh={1.2} className="tl-number">
              {format.trust(reading.uncertainty * 100)}
              <Text component="span" fz="sm" c="dimmed" fw={400}>
                {' %'}
              </Text>
            </Text>
            <Text fz="xs" c="dimmed">
              {t('trustAccount.uncertaintyHint')}
            </Text>
          </div>
        </SimpleGrid>
        <TripodLegs legs={reading.legs} />
        <TripodRadar account={account} />
        <TrendChart account={account} />
        <Divider />
        <PhasePanel account={account} />
        <Divider />
        <AdvicePanel account={account} />
      </Stack>
    </Card>
  );
}
