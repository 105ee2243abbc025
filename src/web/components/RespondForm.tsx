import { Alert, Button, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../api/scan-schemas.ts';
import { useFormat } from '../format.ts';
import { useLocalized } from '../localized.ts';
import { linkProblem, submitSurvey, type LinkProblem } from '../survey-api.ts';
import { AgreementScale } from './AgreementScale.tsx';

/** The longest open answer the server takes. */
const MAX_COMMENT = 2000;

/**
 * The questionnaire: an intro that promises anonymity, the statements on a five-point scale with
 * progress, the optional open question and the button to send. Answers stay in the page until
 * sent — nothing is stored in the browser, so nothing on the device tells what was answered.
 */
export function RespondForm({
  token,
  questionnaire,
  onDone,
}: {
  token: string;
  questionnaire: Questionnaire;
  onDone: (outcome: 'thanks' | LinkProblem) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const localized = useLocalized();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const statements = questionnaire.statements;
  const total = statements.length;
  const answered = statements.filter((s) => answers[s.id] !== undefined).length;
  const missing = statements.flatMap((s, i) => (answers[s.id] === undefined ? [i + 1] : []));

  const send = useMutation({
    mutationFn: () => submitSurvey(token, { answers, comment: comment.trim() || null }),
    onSuccess: () => {
      window.scrollTo({ top: 0 });
      onDone('thanks');
    },
    onError: (error) => {
      const problem = linkProblem(error);
      if (problem) {
        window.scrollTo({ top: 0 });
        onDone(problem);
      }
    },
  });

  const focusStatement = (number: number) => {
    const first = form.current?.querySelector<HTMLInputElement>(`[data-number="${number}"] input`);
    first?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) {
      setShowMissing(true);
      focusStatement(missing[0]!);
      return;
    }
    send.mutate();
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="respond-title" data-testid="respond-form">
      <Stack gap="lg">
        <div>
          <Text fz="sm" c="dimmed">
            {t('respond.askedBy', { organisation: questionnaire.organisationName })}
          </Text>
          <Title order={1} fz="h2" id="respond-title" data-testid="respond-title">
            {questionnaire.title}
          </Title>
        </div>
        <Paper withBorder p="md" radius="md" className="tl-respond-promise" data-testid="respond-anonymity">
          <Stack gap={8}>
            <Title order={2} fz="h4">
              {t('respond.anonymousTitle')}
            </Title>
            <Text fz="sm">{t('respond.anonymous', { organisation: questionnaire.organisationName })}</Text>
            <Text fz="sm">{t('respond.howTo')}</Text>
            <Text fz="sm" c="dimmed">
              {t('respond.closesOn', { date: format.date(questionnaire.closesOn) })}
            </Text>
          </Stack>
        </Paper>

        <div className="tl-respond-progress" data-testid="respond-progress">
          <Text fz="sm" fw={600} id="respond-progress-text" aria-live="polite">
            {t('respond.progress', { answered, total })}
          </Text>
          <Progress.Root size="sm" radius="xl">
            <Progress.Section
              value={(answered / total) * 100}
              aria-label={t('respond.progressLabel')}
              aria-valuetext={t('respond.progress', { answered, total })}
            />
          </Progress.Root>
        </div>

        <section aria-label={t('respond.statementsLabel')}>
          <Stack gap="md">
            {statements.map((statement, index) => (
              <AgreementScale
                key={statement.id}
                name={statement.id}
                number={index + 1}
                total={total}
                text={localized(statement.text)}
                value={answers[statement.id] ?? null}
                missing={showMissing && answers[statement.id] === undefined}
                onChange={(value) => setAnswers((current) => ({ ...current, [statement.id]: value }))}
              />
            ))}
          </Stack>
        </section>

        <Textarea
          label={localized(questionnaire.openQuestion)}
          description={t('respond.commentHint')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX_COMMENT}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          data-testid="respond-comment"
        />

        {showMissing && missing.length > 0 ? (
          <Alert color="orange" variant="light" title={t('respond.missingTitle')} role="alert" data-testid="respond-missing">
            <Stack gap="xs" align="flex-start">
              <Text fz="sm">{t('respond.missing', { count: missing.length, numbers: missing.join(', ') })}</Text>
              <Button variant="white" color="orange" size="xs" onClick={() => focusStatement(missing[0]!)}>
                {t('respond.toFirstMissing')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {send.isError && linkProblem(send.error) === null ? (
          <Alert color="red" variant="light" title={t('respond.failedTitle')} role="alert" data-testid="respond-failed">
            {t('respond.failed')}
          </Alert>
        ) : null}

        <Button type="submit" size="lg" loading={send.isPending} fullWidth data-testid="respond-submit">
          {t('respond.submit')}
        </Button>
      </Stack>
    </form>
  );
}
