import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';
import { useDilemmaReview } from '../decision-queries.ts';
import type { Dilemma } from '../decisions-api.ts';
import { useFormat } from '../format.ts';
import { useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';

/**
 * What was decided and why, the entries it booked, and the review: for every account the option
 * moved, the trust level and balance expected at the decision beside what the ledger says now.
 */
export function DilemmaDecision({ dilemma, names, relations }: { dilemma: Dilemma; names: ReadonlyMap<string, string>; relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const decision = dilemma.decision!;
  const review = useDilemmaReview(membership.organisationId, dilemma.id, true);
  const chosen = dilemma.options.find((o) => o.id === decision.optionId);
  const relationOf = new Map(relations.map((r) => [r.stakeholderId, r.id]));
  const moved = [...new Set(decision.expected.map((e) => e.stakeholderId))];
  const due = review.data ? review.data.asOf >= decision.reviewOn : false;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="decision-heading" data-testid="dilemma-decision">
      <Stack gap="md">
        <div>
          <Title order={3} fz="h3" id="decision-heading">
            {t('decisions.decision.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('decisions.decision.meta', { date: format.date(decision.decidedOn), review: format.date(decision.reviewOn) })}
          </Text>
        </div>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('decisions.decision.chosen')}
          </Text>
          <Text fw={600} data-testid="decision-option">
            {chosen?.title ?? '–'}
          </Text>
        </div>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('decisions.decision.justification')}
          </Text>
          <Text fz="sm" className="tl-prewrap" data-testid="decision-justification">
            {decision.justification}
          </Text>
        </div>
        <div>
          <Text fz="sm" data-testid="decision-booked">
            {t('decisions.decision.booked', { count: decision.bookedEntries.length })}
          </Text>
          <Group gap="xs" wrap="wrap">
            {moved.map((stakeholderId) => {
              const relationId = relationOf.get(stakeholderId);
              const name = names.get(stakeholderId) ?? t('decisions.unknownStakeholder');
              return relationId ? (
                <Anchor key={stakeholderId} renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId }} />} fz="sm" data-testid="decision-relation">
                  {name}
                </Anchor>
              ) : (
                <Text key={stakeholderId} fz="sm">
                  {name}
                </Text>
              );
            })}
          </Group>
        </div>
        <Stack gap="xs" data-testid="dilemma-review">
          <Title order={4} fz="h5">
            {t('decisions.review.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {due ? t('decisions.review.due', { date: format.date(decision.reviewOn) }) : t('decisions.review.early', { date: format.date(decision.reviewOn) })}
          </Text>
          {review.isError ? (
            <ErrorState error={review.error} onRetry={() => void review.refetch()} />
          ) : !review.data ? (
            <Text fz="sm" c="dimmed" role="status">
              {t('loading.label')}
            </Text>
          ) : (
            <div className="tl-table-frame">
              <Table.ScrollContainer minWidth={640} type="native">
                <Table aria-label={t('decisions.review.tableLabel')} verticalSpacing={6} horizontalSpacing="sm" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('decisions.dilemma.account')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('decisions.review.before')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('decisions.review.expected')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('decisions.review.now')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('decisions.review.difference')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('decisions.review.balance')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {review.data.lines.map((line) => {
                      const difference = line.trustNow === null ? null : Math.round(line.trustNow) - Math.round(line.trustExpected);
                      return (
                        <Table.Tr key={line.accountId} data-testid="review-line">
                          <Table.Th scope="row">
                            <Text component="span" fz="sm" fw={600} display="block">
                              {names.get(line.stakeholderId) ?? t('decisions.unknownStakeholder')}
                            </Text>
                            <Text component="span" fz="xs" c="dimmed">
                              {t(`direction.${line.direction}`)}
                            </Text>
                          </Table.Th>
                          <Table.Td ta="right" className="tl-number">{format.trust(line.trustBefore)}</Table.Td>
                          <Table.Td ta="right" className="tl-number">{format.trust(line.trustExpected)}</Table.Td>
                          <Table.Td ta="right" className="tl-number">{line.trustNow === null ? t('decisions.review.gone') : format.trust(line.trustNow)}</Table.Td>
                          <Table.Td ta="right" className="tl-number">
                            {difference === null ? '–' : difference === 0 ? t('decisions.review.asExpected') : difference > 0 ? `+${difference}` : `−${-difference}`}
                          </Table.Td>
                          <Table.Td ta="right" className="tl-number">
                            {t('decisions.dilemma.fromTo', {
                              before: format.balance(line.balanceExpected),
                              after: line.balanceNow === null ? '–' : format.balance(line.balanceNow),
                            })}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
