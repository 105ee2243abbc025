import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breach } from '../breaches-api.ts';
import { useFormat } from '../format.ts';

/** How far the damaged account's trust has come back: before, lowest (when), now and the days it took. */
export function RecoveryFigures({ recovery }: { recovery: Breach['recovery'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = recovery.daysToRecovery;
  const figure = (label: string, value: string, detail: string | null, testId: string) => (
    <div className="tl-recovery-figure">
      <dt>
        <Text component="span" fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
      </dt>
      <dd>
        <Text component="span" fz={{ base: 22, xs: 28 }} fw={700} className="tl-number" data-testid={testId}>
          {value}
        </Text>
        {detail ? (
          <Text component="span" display="block" fz="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </dd>
    </div>
  );
  return (
    <dl className="tl-recovery-figures" data-testid="recovery-figures">
      {figure(t('breaches.recovery.before'), format.trust(recovery.before), null, 'recovery-before')}
      {figure(t('breaches.recovery.lowest'), format.trust(recovery.lowest), t('breaches.recovery.lowestOn', { date: format.date(recovery.lowestOn) }), 'recovery-lowest')}
      {figure(t('breaches.recovery.now'), format.trust(recovery.now), null, 'recovery-now')}
      {figure(
        t('breaches.recovery.days'),
        days === null ? t('breaches.recovery.notYet') : days === 0 ? t('breaches.recovery.never') : t('breaches.recovery.daysValue', { count: days }),
        recovery.recoveredOn !== null && days !== 0 ? t('breaches.recovery.recoveredOn', { date: format.date(recovery.recoveredOn) }) : null,
        'recovery-days',
      )}
    </dl>
  );
}
