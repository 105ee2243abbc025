import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { useCategoryLabel } from '../labels.ts';
import { useRelation } from '../queries.ts';
import { usePageTitle } from '../page-title.ts';
import { useWorkspace } from '../workspace.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LedgerPanel } from './LedgerPanel.tsx';
import { LoadingState } from './LoadingState.tsx';
import { RelationBreaches } from './RelationBreaches.tsx';
import { RelationControlMeasures } from './RelationControlMeasures.tsx';
import { SignalInbox } from './SignalInbox.tsx';

const DIRECTIONS = ['received', 'given'] as const;

/**
 * One relation: its two trust accounts side by side (figures, tripod, trend, phase, advice),
 * then the ledger of each. Loaded on first visit, so the overview's first load stays small.
 */
export function RelationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryLabel = useCategoryLabel();
  const { relationId } = useParams({ from: '/relations/$relationId' });
  const { membership } = useWorkspace();
  const relation = useRelation(membership.organisationId, relationId);
  const name = relation.data?.stakeholder.name;

  usePageTitle(name);

  const back = (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/" fz="sm">
        {`← ${t('nav.back')}`}
      </Anchor>
    </nav>
  );

  if (relation.isError) {
    return (
      <Stack gap="lg">
        {back}
        {isApiError(relation.error, 404) ? (
          <Alert color="orange" title={t('relation.notFoundTitle')}>
            <Text fz="sm">{t('relation.notFound')}</Text>
            <Button component={Link} to="/" variant="light" mt="sm" size="xs">
              {t('nav.back')}
            </Button>
          </Alert>
        ) : (
          <ErrorState error={relation.error} onRetry={() => void relation.refetch()} />
        )}
      </Stack>
    );
  }
  if (!relation.data) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState />
      </Stack>
    );
  }

  const { stakeholder, accounts } = relation.data;
  return (
    <Stack gap="lg" data-testid="relation-page">
      {back}
      <div>
        <Group gap="sm" align="baseline" wrap="wrap">
          <Title order={2} fz="h2" data-testid="relation-name">
            {stakeholder.name}
          </Title>
          <Text c="dimmed" fz="sm">
            {membership.organisationName}
          </Text>
          {stakeholder.archivedAt !== null ? (
            <Badge color="gray" variant="light" data-testid="relation-archived">
              {t('relation.archived')}
            </Badge>
          ) : null}
        </Group>
        {stakeholder.archivedAt !== null ? (
          <Text fz="sm" c="dimmed">
            {t('relation.archivedNote', { date: format.date(stakeholder.archivedAt.slice(0, 10)) })}
          </Text>
        ) : null}
        <Text c="dimmed" fz="sm">
          {t('relation.meta', {
            category: categoryLabel(stakeholder.category),
            level: t(`level.${stakeholder.level}`),
            date: format.date(relation.data.startedOn),
          })}
          {' · '}
          {t('relation.scope', { scope: t(`scopeName.${relation.data.scope}`) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-label={t('relation.accountsLabel')} role="group">
        {DIRECTIONS.map((direction) => (
          <AccountPanel key={direction} account={accounts[direction]} />
        ))}
      </SimpleGrid>
      {stakeholder.archivedAt === null ? <SignalInbox membership={membership} relationId={relationId} /> : null}
      <RelationBreaches relationId={relationId} accounts={accounts} archived={stakeholder.archivedAt !== null} />
      <RelationControlMeasures relationId={relationId} archived={stakeholder.archivedAt !== null} />
      {DIRECTIONS.map((direction) => (
        <LedgerPanel key={direction} account={accounts[direction]} />
      ))}
    </Stack>
  );
}
