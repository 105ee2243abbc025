import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Band } from '../bands.ts';
import type { AccountChange, OptionOutcome } from '../decisions-api.ts';
import { useFormat } from '../format.ts';
import { tradeOffRows, trend } from '../trade-offs.ts';
import { BandBadge } from './BandBadge.tsx';

export interface TradeOffOption {
  readonly optionId: string;
  readonly title: string;
  readonly outcome: OptionOutcome;
}

/**
 * The options side by side: per account, the trust level and balance before and after each
 * option, the band it moves to, and under the table each option's change in importance-weighted
 * social capital, how many gain and lose, and who is worst off (the most vulnerable first). No
 * single score: the reader weighs.
 */
export function TradeOffTable({
  options,
  names,
  label,
  chosenId,
  testId,
}: {
  options: readonly TradeOffOption[];
  names: ReadonlyMap<string, string>;
  label: string;
  chosenId: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = tradeOffRows(options.map((o) => o.outcome));
  const nameOf = (change: Pick<AccountChange, 'stakeholderId'>) => names.get(change.stakeholderId) ?? t('decisions.unknownStakeholder');
  if (rows.length === 0) {
    return (
      <Text c="dimmed" fz="sm" className="tl-empty" data-testid={`${testId}-none`}>
        {t('decisions.dilemma.noChanges')}
      </Text>
    );
  }
  return (
    <div className="tl-table-frame">
      <Table.ScrollContainer minWidth={240 + options.length * 230} type="native">
        <Table aria-label={label} verticalSpacing={8} horizontalSpacing="sm" fz="sm" className="tl-tradeoff" data-testid={testId} withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('decisions.dilemma.account')}</Table.Th>
              {options.map((option, i) => (
                <Table.Th key={option.optionId} scope="col" className="tl-tradeoff-option" data-chosen={option.optionId === chosenId || undefined}>
                  <Text component="span" fz="xs" c="dimmed" display="block">
                    {t('decisions.dilemma.optionNumber', { number: i + 1 })}
                    {option.optionId === chosenId ? ` · ${t('decisions.dilemma.chosen')}` : ''}
                  </Text>
                  {option.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid="tradeoff-row" data-stakeholder={row.stakeholderId} data-direction={row.direction}>
                <Table.Th scope="row" className="tl-tradeoff-account">
                  <Text component="span" fw={600} fz="sm" display="block">
                    {nameOf(row)}
                  </Text>
                  <Text component="span" fz="xs" c="dimmed">
                    {t(`direction.${row.direction}`)}
                  </Text>
                </Table.Th>
                {row.changes.map((change, i) => (
                  <Table.Td key={options[i]!.optionId} data-testid="tradeoff-cell" data-trend={trend(change)}>
                    {change ? <ChangeCell change={change} /> : <Text c="dimmed" fz="xs">{t('decisions.dilemma.untouched')}</Text>}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('decisions.dilemma.socialCapital')}</Table.Th>
              {options.map((option) => (
                <Table.Td key={option.optionId} className="tl-number" fw={600} data-testid="tradeoff-capital">
                  {format.balance(option.outcome.socialCapitalChange)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('decisions.dilemma.gainersLosers')}</Table.Th>
              {options.map((option) => (
                <Table.Td key={option.optionId} data-testid="tradeoff-counts">
                  {t('decisions.dilemma.counts', { gainers: option.outcome.gainers, losers: option.outcome.losers })}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('decisions.dilemma.worstOff')}</Table.Th>
              {options.map((option) => (
                <Table.Td key={option.optionId} data-testid="tradeoff-worst-off">
                  {option.outcome.worstOff ? (
                    <Stack gap={0}>
                      <Text fz="sm" fw={600}>
                        {nameOf(option.outcome.worstOff)}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {t('decisions.dilemma.worstOffChange', {
                          direction: t(`direction.${option.outcome.worstOff.direction}`),
                          before: format.trust(option.outcome.worstOff.trustBefore),
                          after: format.trust(option.outcome.worstOff.trustAfter),
                        })}
                      </Text>
                    </Stack>
                  ) : (
                    <Text fz="sm" c="dimmed">
                      {t('decisions.dilemma.nobodyLoses')}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text fz="xs" c="dimmed" px="sm" py={6} hiddenFrom="md">
        {t('decisions.dilemma.scrollHint')}
      </Text>
    </div>
  );
}

function ChangeCell({ change }: { change: AccountChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const delta = Math.round(change.trustAfter) - Math.round(change.trustBefore);
  const direction = trend(change);
  const bandMoved = change.bandBefore !== change.bandAfter;
  const arrow = { up: '▲ +', down: '▼ −', none: '±' }[direction];
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text component="span" fz="sm" className="tl-number">
          {t('decisions.dilemma.fromTo', { before: format.trust(change.trustBefore), after: format.trust(change.trustAfter) })}
        </Text>
        <Badge
          variant="light"
          radius="sm"
          tt="none"
          color={direction === 'up' ? 'green' : direction === 'down' ? 'red' : 'gray'}
          className="tl-number"
        >
          <span aria-hidden="true">{`${arrow}${Math.abs(delta)}`}</span>
          <span className="tl-visually-hidden">{t(`decisions.dilemma.delta.${direction}`, { delta: Math.abs(delta) })}</span>
        </Badge>
      </Group>
      <Text component="span" fz="xs" c="dimmed" className="tl-number">
        {t('decisions.dilemma.balanceFromTo', { before: format.balance(change.balanceBefore), after: format.balance(change.balanceAfter) })}
      </Text>
      {!bandMoved && change.bandAfter === 'uncertain' ? (
        <Group gap={4}>
          <BandBadge band="uncertain" />
        </Group>
      ) : null}
      {bandMoved ? (
        <Group gap={4} wrap="nowrap" role="group" aria-label={t('decisions.dilemma.bandMove', { before: t(`band.${change.bandBefore as Band}`), after: t(`band.${change.bandAfter as Band}`) })}>
          <BandBadge band={change.bandBefore as Band} />
          <Text component="span" fz="xs" aria-hidden="true">
            →
          </Text>
          <BandBadge band={change.bandAfter as Band} />
        </Group>
      ) : null}
    </Stack>
  );
}
