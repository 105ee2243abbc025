import { Alert, Anchor, Button, Card, Grid, Group, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../decisions.css';
import { refreshDecisions, useAssessment } from '../decision-queries.ts';
import { reviewAssessment, type Assessment, type Honoured } from '../decisions-api.ts';
import { DIMENSIONS, FOUNDATIONS_BY_DIMENSION } from '../dimensions.ts';
import { problemErrors } from '../form-errors.ts';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { notify } from '../notices.ts';
import { usePageTitle } from '../page-title.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { AssessmentBar, AssessmentWarnings } from './AssessmentFigures.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { OutcomeBadge } from './OutcomeBadge.tsx';

const HONOURED = ['yes', 'partly', 'no'] as const satisfies readonly Honoured[];

/**
 * One weighed-trust assessment as it was recorded — the gut feeling, the ratings, the figures
 * against the bar, the advice, the decision and its reasons — and, later, its review: was the
 * trust honoured?
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { assessmentId } = useParams({ from: '/decisions/assessments/$assessmentId' });
  const { membership } = useWorkspace();
  const assessment = useAssessment(membership.organisationId, assessmentId);
  const stakeholders = useStakeholders(membership.organisationId);
  const name = assessment.data && stakeholders.data?.find((s) => s.id === assessment.data.stakeholderId)?.name;
  usePageTitle(name ? t('decisions.assessment.pageTitle', { name }) : undefined);

  const back = (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/decisions" fz="sm">
        {`← ${t('decisions.back')}`}
      </Anchor>
    </nav>
  );
  if (assessment.isError || stakeholders.isError) {
    return (
      <Stack gap="lg">
        {back}
        {isApiError(assessment.error, 404) ? (
          <Alert color="orange" title={t('decisions.assessment.notFoundTitle')}>
            <Text fz="sm">{t('decisions.assessment.notFound')}</Text>
          </Alert>
        ) : (
          <ErrorState
            error={assessment.error ?? stakeholders.error}
            onRetry={() => {
              void assessment.refetch();
              void stakeholders.refetch();
            }}
          />
        )}
      </Stack>
    );
  }
  if (!assessment.data || !stakeholders.data) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState />
      </Stack>
    );
  }
  const record = assessment.data;
  const { figures } = record;
  return (
    <Stack gap="lg" data-testid="assessment-page">
      {back}
      <div>
        <Title order={2} fz="h2">
          {t('decisions.assessment.pageTitle', { name: name ?? t('decisions.unknownStakeholder') })}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('decisions.assessment.meta', { date: format.date(record.createdAt.slice(0, 10)) })}
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <dl className="tl-facts tl-assessment-facts">
                <dt>{t('decisions.assessmentForm.leap')}</dt>
                <dd data-testid="assessment-leap-value">{record.leap}</dd>
                <dt>{t('decisions.assessmentForm.gut')}</dt>
                <dd>{t('decisions.gutValue', { gut: record.gut, word: t(`decisions.gut.${record.gut as 1}`) })}</dd>
                <dt>{t('decisions.assessmentForm.vulnerability')}</dt>
                <dd>{`${record.vulnerability} – ${t(`decisions.vulnerability.${record.vulnerability as 1}`)}`}</dd>
                <dt>{t('decisions.assessment.horizon')}</dt>
                <dd>{record.horizonOn ? format.date(record.horizonOn) : t('decisions.assessments.noHorizon')}</dd>
              </dl>
            </Card>
            <Card withBorder padding="lg" component="section" aria-labelledby="ratings-heading">
              <Title order={3} fz="h4" id="ratings-heading" mb="xs">
                {t('decisions.assessmentForm.evidence')}
              </Title>
              <Table aria-labelledby="ratings-heading" verticalSpacing={4} fz="sm" data-testid="assessment-ratings">
                <Table.Tbody>
                  {DIMENSIONS.flatMap((dimension) =>
                    FOUNDATIONS_BY_DIMENSION[dimension].map((foundation) => {
                      const rating = record.ratings[foundation];
                      return (
                        <Table.Tr key={foundation}>
                          <Table.Th scope="row" fw={500}>
                            {t(`foundation.${foundation}`)}
                            <Text component="span" fz="xs" c="dimmed">{` · ${t(`dimension.${dimension}`)}`}</Text>
                          </Table.Th>
                          <Table.Td ta="right" className="tl-number">
                            {rating === null || rating === undefined ? t('decisions.assessmentForm.unknown') : rating > 0 ? `+${rating}` : rating < 0 ? `−${-rating}` : '0'}
                          </Table.Td>
                        </Table.Tr>
                      );
                    }),
                  )}
                </Table.Tbody>
              </Table>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="outcome-heading">
              <Stack gap="md">
                <Title order={3} fz="h4" id="outcome-heading">
                  {t('decisions.assessment.outcomeTitle')}
                </Title>
                <Group gap="xs">
                  <Text fz="sm">{t('decisions.assessment.advised')}</Text>
                  <OutcomeBadge outcome={record.outcome} testId="assessment-outcome" />
                </Group>
                <Group gap="xs">
                  <Text fz="sm">{t('decisions.assessment.decided')}</Text>
                  <OutcomeBadge outcome={record.decision} testId="assessment-decision" />
                </Group>
                <AssessmentBar trustLevel={figures.trustLevel} uncertainty={figures.uncertainty} required={figures.requiredTrustLevel} tolerated={figures.toleratedUncertainty} />
                {figures.safeguards.length > 0 ? (
                  <div>
                    <Text fz="sm" fw={600}>
                      {t('decisions.assessment.safeguards')}
                    </Text>
                    <Text fz="sm">{t('decisions.assessment.safeguardLegs', { legs: figures.safeguards.map((d) => t(`dimension.${d as 'intentional'}`)).join(', ') })}</Text>
                  </div>
                ) : null}
                <AssessmentWarnings warnings={figures.warnings} />
                <div>
                  <Text fz="sm" fw={600}>
                    {t('decisions.assessmentForm.reasons')}
                  </Text>
                  <Text fz="sm" className="tl-prewrap" data-testid="assessment-reasons-value">
                    {record.reasons}
                  </Text>
                </div>
                <Text fz="sm" c="dimmed" data-testid="assessment-entry">
                  {record.entryId ? t('decisions.assessment.entryBooked') : t('decisions.assessment.noEntry')}
                </Text>
              </Stack>
            </Card>
            <AssessmentReview assessment={record} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function AssessmentReview({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [honoured, setHonoured] = useState<Honoured | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => reviewAssessment(membership.organisationId, assessment.id, { honoured: honoured as Honoured, note: note.trim() || undefined }),
    onSuccess: async () => {
      notify((t) => t('decisions.review.saved'));
      await refreshDecisions(queryClient, membership.organisationId);
    },
    onError: (failure) => setError(problemErrors(t, failure, []).general),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!honoured) return setError(t('decisions.review.chooseHonoured'));
    setError(null);
    save.mutate();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="assessment-review-heading" data-testid="assessment-review">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="assessment-review-heading">
          {t('decisions.review.honouredTitle')}
        </Title>
        {assessment.review ? (
          <>
            <Text fz="sm" data-testid="assessment-review-result">
              {t('decisions.review.honouredResult', { honoured: t(`decisions.honoured.${assessment.review.honoured}`), date: format.date(assessment.review.on) })}
            </Text>
            {assessment.review.note ? (
              <Text fz="sm" className="tl-prewrap">
                {assessment.review.note}
              </Text>
            ) : null}
          </>
        ) : canEdit(membership) ? (
          <form onSubmit={submit} noValidate data-testid="assessment-review-form">
            <Stack gap="sm">
              <Text fz="sm" c="dimmed">
                {assessment.horizonOn ? t('decisions.review.askOn', { date: format.date(assessment.horizonOn) }) : t('decisions.review.ask')}
              </Text>
              <Radio.Group label={t('decisions.review.honoured')} value={honoured} onChange={(value) => setHonoured(value as Honoured)} required>
                <Group gap="md" mt={6}>
                  {HONOURED.map((value) => (
                    <Radio key={value} value={value} label={t(`decisions.honoured.${value}`)} data-testid={`honoured-${value}`} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea label={t('decisions.review.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={2000} />
              {error ? (
                <Alert color="red" variant="light" role="alert">
                  {error}
                </Alert>
              ) : null}
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} data-testid="assessment-review-submit">
                  {t('decisions.review.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('decisions.review.notYet')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
