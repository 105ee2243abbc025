import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../decisions.css';
import { useAssessments, useDilemmas } from '../decision-queries.ts';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { DilemmaList } from './DilemmaList.tsx';
import { ErrorState } from './ErrorState.tsx';
import { InfluenceNetworkPanel } from './InfluenceNetworkPanel.tsx';
import { LoadingState } from './LoadingState.tsx';

/**
 * Where trust is at stake in a choice: the organisation's dilemmas (open and decided) and its
 * weighed-trust assessments, each with its review date, and the influence network the dilemmas'
 * second-order effects travel through. Editors and owners start new ones here.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const organisationId = membership.organisationId;
  const editable = canEdit(membership);
  const dilemmas = useDilemmas(organisationId);
  const assessments = useAssessments(organisationId);
  const stakeholders = useStakeholders(organisationId);

  usePageTitle(t('decisions.title'));

  const refused = [dilemmas.error, assessments.error, stakeholders.error].some((error) => isApiError(error, 403) || isApiError(error, 404));
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (dilemmas.isError || assessments.isError || stakeholders.isError) {
    body = (
      <ErrorState
        error={dilemmas.error ?? assessments.error ?? stakeholders.error}
        onRetry={() => {
          void dilemmas.refetch();
          void assessments.refetch();
          void stakeholders.refetch();
        }}
      />
    );
  } else if (!dilemmas.data || !assessments.data || !stakeholders.data) {
    body = <LoadingState />;
  } else {
    const names = new Map(stakeholders.data.map((s) => [s.id, s.name]));
    body = (
      <>
        <DilemmaList dilemmas={dilemmas.data} editable={editable} />
        <AssessmentList assessments={assessments.data} names={names} editable={editable} />
        <InfluenceNetworkPanel stakeholders={stakeholders.data} editable={editable} />
      </>
    );
  }

  return (
    <Stack gap="xl" data-testid="decisions-page">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={2} fz="h2">
            {t('decisions.title')}
          </Title>
          <Text c="dimmed" fz="sm" maw={720}>
            {t('decisions.intro')}
          </Text>
        </div>
        {editable ? (
          <Group gap="sm">
            <Button component={Link} to="/decisions/dilemmas/new" data-testid="dilemma-create">
              {t('decisions.dilemmas.create')}
            </Button>
            <Button component={Link} to="/decisions/assessments/new" variant="light" data-testid="assessment-create">
              {t('decisions.assessments.create')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {body}
    </Stack>
  );
}
