import { Anchor, Badge, Button, Card, Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, LedgerLine } from '../../api/schemas.ts';
import { amountSize, DIMENSIONS, dimensionOf, FOUNDATIONS } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { useLedger } from '../queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ReverseEntryModal } from './ReverseEntryModal.tsx';

const SOURCES = ['manual', 'survey', 'dilemma', 'repair', 'import'] as const;
const ALL = '';

/**
 * The ledger of one account, newest first, fifty lines at a time: each line with its date,
 * foundation, amount in words, intent, note and source. A reversed line is struck through and
 * links to its reversal; editors may reverse a line. Filters work on the lines loaded so far.
 */
export function LedgerPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const ledger = useLedger(membership.organisationId, account.id);
  const [foundation, setFoundation] = useState(ALL);
  const [dimension, setDimension] = useState(ALL);
  const [sign, setSign] = useState(ALL);
  const [source, setSource] = useState(ALL);
  const [reversing, setReversing] = useState<LedgerLine | null>(null);
  const editor = canEdit(membership);
  const direction = t(`direction.${account.direction}`);
  const headingId = `ledger-${account.direction}`;

  const lines = useMemo(() => ledger.data?.pages.flatMap((page) => page.items) ?? [], [ledger.data]);
  const shown = lines.filter(
    (line) =>
      (foundation === ALL || line.foundation === foundation) &&
      (dimension === ALL || dimensionOf(line.foundation) === dimension) &&
      (sign === ALL || (sign === 'deposit' ? line.amount > 0 : line.amount < 0)) &&
      (source === ALL || line.source === source),
  );
  const filtered = foundation !== ALL || dimension !== ALL || sign !== ALL || source !== ALL;
  const all = { value: ALL, label: t('ledgerView.all') };

  let body;
  if (ledger.isError) body = <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />;
  else if (!ledger.data) body = <LoadingState />;
  else if (lines.length === 0) body = <Text c="dimmed">{t('ledgerView.empty')}</Text>;
  else
    body = (
      <>
        <Group gap="xs" mb="sm" role="group" aria-label={t('ledgerView.filters')} align="flex-end">
          <NativeSelect
            size="xs"
            label={t('ledgerView.foundation')}
            value={foundation}
            onChange={(e) => setFoundation(e.currentTarget.value)}
            data={[all, ...FOUNDATIONS.map((f) => ({ value: f, label: t(`foundation.${f}`) }))]}
          />
          <NativeSelect
            size="xs"
            label={t('ledgerView.dimension')}
            value={dimension}
            onChange={(e) => setDimension(e.currentTarget.value)}
            data={[all, ...DIMENSIONS.map((d) => ({ value: d, label: t(`dimension.${d}`) }))]}
          />
          <NativeSelect
            size="xs"
            label={t('ledgerView.sign')}
            value={sign}
            onChange={(e) => setSign(e.currentTarget.value)}
            data={[all, { value: 'deposit', label: t('ledger.deposit') }, { value: 'withdrawal', label: t('ledger.withdrawal') }]}
          />
          <NativeSelect
            size="xs"
            label={t('ledgerView.source')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            data={[all, ...SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))]}
          />
          {filtered ? (
            <Text fz="xs" c="dimmed" pb={6}>
              {t('ledgerView.shown', { shown: shown.length, loaded: lines.length })}
            </Text>
          ) : null}
        </Group>
        <div className="tl-table-frame">
          <Table.ScrollContainer minWidth={760} type="native">
            <Table aria-label={t('ledgerView.tableLabel', { direction })} verticalSpacing={6} horizontalSpacing="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ledgerView.date')}</Table.Th>
                  <Table.Th scope="col">{t('ledgerView.foundation')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('ledgerView.amount')}
                  </Table.Th>
                  <Table.Th scope="col">{t('ledgerView.intent')}</Table.Th>
                  <Table.Th scope="col">{t('ledgerView.note')}</Table.Th>
                  <Table.Th scope="col">{t('ledgerView.source')}</Table.Th>
                  {editor ? (
                    <Table.Th scope="col">
                      <span className="tl-visually-hidden">{t('ledgerView.actions')}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((line) => (
                  <Table.Tr
                    key={line.id}
                    id={`entry-${line.id}`}
                    className={line.reversedBy ? 'tl-ledger-row tl-reversed' : 'tl-ledger-row'}
                    data-testid="ledger-line"
                  >
                    <Table.Td className="tl-number">{format.date(line.occurredOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t(`foundation.${line.foundation}`)}
                      <Text span c="dimmed" fz="xs">
                        {` · ${t(`dimensionShort.${dimensionOf(line.foundation)}`)}`}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" className="tl-number">
                      <Text span fw={700} c={line.amount < 0 ? 'red.9' : 'green.9'} fz="sm">
                        {line.amount > 0 ? `+${line.amount}` : `−${Math.abs(line.amount)}`}
                      </Text>{' '}
                      <Text span c="dimmed" fz="xs">
                        {t(`amount.${amountSize(line.amount)}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{line.intent ? t(`intent.${line.intent}`) : ''}</Table.Td>
                    <Table.Td className={line.reverses || line.reversedBy ? 'tl-keep' : undefined}>
                      {line.reversedBy ? (
                        <>
                          <Text span fz="sm" td="line-through" c="dimmed">
                            {line.note}
                          </Text>{' '}
                          <Badge color="gray" variant="light" size="xs" tt="none">
                            {t('ledgerView.reversed')}
                          </Badge>{' '}
                          <Anchor href={`#entry-${line.reversedBy}`} fz="xs">
                            {t('ledgerView.toReversal')}
                          </Anchor>
                        </>
                      ) : line.reverses ? (
                        <>
                          <Badge color="blue" variant="light" size="xs" tt="none">
                            {t('ledgerView.reversal')}
                          </Badge>{' '}
                          {line.note}{' '}
                          <Anchor href={`#entry-${line.reverses}`} fz="xs">
                            {t('ledgerView.toReversed')}
                          </Anchor>
                        </>
                      ) : (
                        line.note
                      )}
                    </Table.Td>
                    <Table.Td>{t(`source.${line.source}`)}</Table.Td>
                    {editor ? (
                      <Table.Td className="tl-keep" ta="right">
                        {line.reversedBy || line.reverses ? null : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setReversing(line)}
                            aria-label={t('ledgerView.reverseEntry', { date: format.date(line.occurredOn) })}
                          >
                            {t('ledgerView.reverse')}
                          </Button>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
        {filtered && shown.length === 0 ? (
          <Text c="dimmed" mt="sm" fz="sm">
            {t('ledgerView.noMatch')}
          </Text>
        ) : null}
        {ledger.hasNextPage ? (
          <Button variant="default" size="xs" mt="sm" onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage}>
            {t('ledgerView.loadMore')}
          </Button>
        ) : null}
      </>
    );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid={`ledger-${account.direction}`}>
      <Title order={3} fz="h4" id={headingId} mb="sm">
        {t('ledgerView.title')}
        <Text span c="dimmed" fw={400} fz="md">
          {` · ${direction}`}
        </Text>
      </Title>
      {body}
      {editor ? <ReverseEntryModal line={reversing} onClose={() => setReversing(null)} /> : null}
    </Card>
  );
}
