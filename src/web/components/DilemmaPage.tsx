import { Alert, Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../decisions.css';
import { useDilemma, useSimulation } from '../decision-queries.ts';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { useRelations } from '../queries.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { DecideDilemmaModal } from './DecideDilemmaModal.tsx';
import { DilemmaChart } from './DilemmaChart.tsx';
import { DilemmaDecision } from './DilemmaDecision.tsx';
import { ErrorState } from './ErrorState.tsx';
import { ImpactBadge } from './ImpactBadge.tsx';
import { LoadingState } from './LoadingState.tsx';
import { TradeOffTable, type TradeOffOption } from './TradeOffTable.tsx';

/**
 * One dilemma: what is at stake, its options side by side as a trade-off table and a chart of who
 * gains and who loses trust, optionally the second-order effects through the influence network
 * (shown apart from the direct ones), and — for editors, while it is open — deciding. A decided
 * dilemma shows the choice, its justification and the review of what was expected.
 */
export function DilemmaPage() {
  const { t } = useTranslation();
  const { dilemmaId } = useParams({ from: '/decisions/dilemmas/$dilemmaId' });
  const { membership } = useWorkspace();
  const organisationId = membership.organisationId;
  const dilemma = useDilemma(organisationId, dilemmaId);
  const [secondOrder, setSecondOrder] = useState(false);
  const simulation = useSimulation(organisationId, dilemmaId, secondOrder);
  const stakeholders = useStakeholders(organisationId);
  const relations = useRelations(organisationId);
  const [deciding, setDeciding] = useState(false);

  usePageTitle(dilemma.data?.title);

  const back = (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/decisions" fz="sm">
        {`← ${t('decisions.back')}`}
      </Anchor>
    </nav>
  );

  const failed = dilemma.error ?? stakeholders.error;
  if (failed) {
    return (
      <Stack gap="lg">
        {back}
        {isApiError(dilemma.error, 404) ? (
          <Alert color="orange" title={t('decisions.dilemma.notFoundTitle')}>
            <Text fz="sm">{t('decisions.dilemma.notFound')}</Text>
          </Alert>
        ) : (
          <ErrorState
            error={failed}
            onRetry={() => {
              void dilemma.refetch();
              void stakeholders.refetch();
            }}
          />
        )}
      </Stack>
    );
  }
  if (!dilemma.data || !stakeholders.data) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState />
      </Stack>
    );
  }

  const current = dilemma.data;
  const names = new Map(stakeholders.data.map((s) => [s.id, s.name]));
  const chosenId = current.decision?.optionId ?? null;
  const editable = canEdit(membership) && current.decision === null;
  const direct: TradeOffOption[] = simulation.data?.options.map((o) => ({ optionId: o.optionId, title: o.title, outcome: o.direct })) ?? [];
  const second: TradeOffOption[] =
    simulation.data?.options.flatMap((o) => (o.secondOrder ? [{ optionId: o.optionId, title: o.title, outcome: o.secondOrder }] : [])) ?? [];

  return (
    <Stack gap="lg" data-testid="dilemma-page">
      {back}
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={2} fz="h2" data-testid="dilemma-title">
            {current.title}
          </Title>
          <ImpactBadge impact={current.impact} />
        </Group>
        <Text fz="sm" maw={820}>
          <Text component="span" fw={600}>
            {t('decisions.dilemma.valueConflict')}
          </Text>{' '}
          {current.valueConflict}
        </Text>
        {current.context ? (
          <Text fz="sm" c="dimmed" maw={820} className="tl-prewrap">
            {current.context}
          </Text>
        ) : null}
      </Stack>

      {current.decision ? <DilemmaDecision dilemma={current} names={names} relations={relations.data ?? []} /> : null}

      <Stack gap="sm" component="section" aria-labelledby="tradeoffs-heading">
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={3} fz="h3" id="tradeoffs-heading">
              {t('decisions.dilemma.tradeOffs')}
            </Title>
            <Text fz="sm" c="dimmed" maw={720}>
              {current.decision
                ? t('decisions.dilemma.tradeOffsDecided')
                : t('decisions.dilemma.tradeOffsIntro', { impact: current.impact })}
            </Text>
          </div>
          {editable ? (
            <Button onClick={() => setDeciding(true)} data-testid="dilemma-decide" disabled={!simulation.data}>
              {t('decisions.decide.open')}
            </Button>
          ) : null}
        </Group>
        <Switch
          checked={secondOrder}
          onChange={(event) => setSecondOrder(event.currentTarget.checked)}
          label={t('decisions.dilemma.secondOrderToggle')}
          description={t('decisions.dilemma.secondOrderHint')}
          data-testid="second-order-toggle"
        />
        {simulation.isError ? (
          <ErrorState error={simulation.error} onRetry={() => void simulation.refetch()} />
        ) : !simulation.data ? (
          <LoadingState />
        ) : (
          <>
            <TradeOffTable options={direct} names={names} chosenId={chosenId} label={t('decisions.dilemma.tableLabel')} testId="tradeoff-table" />
            <Card withBorder padding="md">
              <Text fw={600} fz="sm" mb={4}>
                {t('decisions.dilemma.chartTitle')}
              </Text>
              <DilemmaChart options={direct} names={names} />
            </Card>
          </>
        )}
      </Stack>

      {secondOrder && simulation.data && second.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="second-order-heading" data-testid="second-order">
          <div>
            <Title order={3} fz="h3" id="second-order-heading">
              {t('decisions.dilemma.secondOrderTitle')}
            </Title>
            <Text fz="sm" c="dimmed" maw={720}>
              {t('decisions.dilemma.secondOrderIntro')}
            </Text>
          </div>
          <TradeOffTable options={second} names={names} chosenId={chosenId} label={t('decisions.dilemma.secondOrderLabel')} testId="second-order-table" />
        </Stack>
      ) : null}

      {editable && simulation.data ? (
        <DecideDilemmaModal opened={deciding} dilemma={current} today={simulation.data.asOf} names={names} onClose={() => setDeciding(false)} />
      ) : null}
    </Stack>
  );
}
