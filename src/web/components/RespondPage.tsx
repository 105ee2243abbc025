import '../respond.css';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../page-title.ts';
import { getQuestionnaire, linkProblem, type LinkProblem } from '../survey-api.ts';
import { ErrorState } from './ErrorState.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageLoader } from './PageLoader.tsx';
import { RespondForm } from './RespondForm.tsx';

/**
 * The page a survey link opens (`/respond/<token>`): a respondent answers without an account, so
 * the page stands apart from the application — no navigation, no user menu, no session asked
 * for — and reads well on a phone. It shows the questionnaire, then thanks; a link that cannot be
 * answered (unknown, used, closed, not open yet) says so kindly.
 */
export function RespondPage() {
  const { token } = useParams({ from: '/respond/$token' });
  const { t } = useTranslation();
  const questionnaire = useQuery({
    queryKey: ['survey', token],
    queryFn: ({ signal }) => getQuestionnaire(token, signal),
    staleTime: Infinity,
  });
  // Set once answers are sent, or when sending finds the link no longer answerable.
  const [outcome, setOutcome] = useState<'thanks' | LinkProblem | null>(null);
  usePageTitle(questionnaire.data?.title ?? t('respond.pageTitle'));

  const problem = outcome !== null && outcome !== 'thanks' ? outcome : questionnaire.isError ? linkProblem(questionnaire.error) : null;
  let content: ReactNode;
  if (outcome === 'thanks') {
    content = <RespondMessage testId="respond-thanks" title={t('respond.thanksTitle')} lines={[t('respond.thanks'), t('respond.thanksClose')]} />;
  } else if (problem !== null) {
    content = (
      <RespondMessage
        testId="respond-link-problem"
        problem={problem}
        title={t(`respond.problem.${problem}Title`)}
        lines={[t(`respond.problem.${problem}`)]}
      />
    );
  } else if (questionnaire.isError) {
    content = <ErrorState error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  } else if (!questionnaire.data) {
    content = <PageLoader label={t('respond.loading')} />;
  } else {
    content = <RespondForm token={token} questionnaire={questionnaire.data} onDone={setOutcome} />;
  }

  return (
    <div className="tl-respond">
      <header className="tl-respond-header">
        <Text component="span" fw={600} className="tl-respond-organisation" data-testid="respond-organisation">
          {questionnaire.data?.organisationName ?? t('respond.pageTitle')}
        </Text>
        <LanguageSwitch />
      </header>
      <main className="tl-respond-main">{content}</main>
    </div>
  );
}

/** A short message in place of the questionnaire: thanks, or why the link cannot be answered. */
function RespondMessage({ testId, title, lines, problem }: { testId: string; title: string; lines: string[]; problem?: LinkProblem }) {
  return (
    <Alert
      variant="light"
      color={problem ? 'blue' : 'green'}
      className="tl-respond-message"
      data-testid={testId}
      data-problem={problem}
      role={problem ? 'alert' : 'status'}
    >
      <Stack gap="sm">
        <Title order={1} fz="h3">
          {title}
        </Title>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Stack>
    </Alert>
  );
}
