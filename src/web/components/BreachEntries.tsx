import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../api/schemas.ts';
import type { Breach } from '../breaches-api.ts';
import { useFormat } from '../format.ts';
import { RepairDepositModal } from './RepairDepositModal.tsx';

/** What the breach took from the account and what has been deposited to repair it; editors record a repair deposit. */
export function BreachEntries({ breach, editable }: { breach: Breach; editable: boolean }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-label={t('breaches.page.entriesLabel')} data-testid="breach-entries">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} fz="h4">
            {t('breaches.page.withdrawals')}
          </Title>
          <EntryList entries={breach.withdrawals} empty={t('breaches.page.withdrawalsNone')} testId="breach-withdrawals" />
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between" align="center" gap="xs">
            <Title order={3} fz="h4">
              {t('breaches.page.repairs')}
            </Title>
            {editable ? (
              <Button size="xs" variant="light" onClick={() => setRecording(true)} data-testid="repair-deposit-open">
                {t('breaches.deposit.open')}
              </Button>
            ) : null}
          </Group>
          <EntryList entries={breach.repairs} empty={t('breaches.page.repairsNone')} testId="breach-repairs" />
        </Stack>
      </SimpleGrid>
      {editable ? <RepairDepositModal opened={recording} onClose={() => setRecording(false)} breach={breach} /> : null}
    </Card>
  );
}

function EntryList({ entries, empty, testId }: { entries: readonly Entry[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (entries.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        {empty}
      </Text>
    );
  }
  return (
    <ul className="tl-breach-list" data-testid={testId}>
      {entries.map((entry) => (
        <li key={entry.id} className="tl-breach-row" data-testid="breach-entry">
          <div className="tl-breach-row-main">
            <Text fz="sm" fw={600}>
              {`${format.date(entry.occurredOn)} · `}
              <span className={entry.amount > 0 ? 'tl-effect-up' : 'tl-effect-down'}>
                {t('breaches.page.entryLine', { amount: `${t(entry.amount > 0 ? 'ledger.deposit' : 'ledger.withdrawal')} ${Math.abs(entry.amount)}`, foundation: t(`foundation.${entry.foundation}`) })}
              </span>
            </Text>
            {entry.note ? (
              <Text fz="sm" c="dimmed">
                {entry.note}
              </Text>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
