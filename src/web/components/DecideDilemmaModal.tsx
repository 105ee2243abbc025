import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshAfterDecision } from '../decision-queries.ts';
import { decideDilemma, type Dilemma } from '../decisions-api.ts';
import { hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';
import { useWorkspace } from '../workspace.ts';

type Field = 'optionId' | 'justification' | 'reviewOn';
const FIELDS: readonly Field[] = ['optionId', 'justification', 'reviewOn'];
const REVIEW_AFTER_DAYS = 90;

function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Choosing an option. The justification is required — whoever decides accounts for it to those
 * who bear the cost — and the dialog says, before confirming, which entries deciding books.
 */
export function DecideDilemmaModal({
  opened,
  dilemma,
  today,
  names,
  onClose,
}: {
  opened: boolean;
  dilemma: Dilemma;
  /** The organisation's today, as the simulation read it. */
  today: string;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('decisions.decide.title')} size="lg" centered closeButtonProps={{ 'aria-label': t('common.closeDialog') }}>
      {opened ? <DecideForm dilemma={dilemma} today={today} names={names} onDone={onClose} /> : null}
    </Modal>
  );
}

function DecideForm({ dilemma, today, names, onDone }: { dilemma: Dilemma; today: string; names: ReadonlyMap<string, string>; onDone: () => void }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [optionId, setOptionId] = useState<string>('');
  const [justification, setJustification] = useState('');
  const [reviewOn, setReviewOn] = useState(plusDays(today, REVIEW_AFTER_DAYS));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const chosen = dilemma.options.find((o) => o.id === optionId);
  const accounts = chosen ? new Set(chosen.effects.map((e) => `${e.stakeholderId}:${e.direction}`)).size : 0;

  const decide = useMutation({
    mutationFn: () => decideDilemma(membership.organisationId, dilemma.id, { optionId, justification: justification.trim(), reviewOn }),
    onSuccess: async (decided) => {
      notify(
        (t) => t('decisions.decide.done'),
        (t) => t('decisions.decide.doneDetail', { count: decided.decision?.bookedEntries.length ?? 0 }),
      );
      onDone();
      await refreshAfterDecision(queryClient, membership.organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked: FieldErrors<Field> = {
      optionId: optionId ? undefined : t('decisions.decide.chooseOption'),
      justification: justification.trim() ? undefined : t('decisions.decide.justificationRequired'),
      reviewOn: reviewOn > today ? undefined : t('decisions.decide.reviewAfterToday'),
    };
    setErrors(checked);
    setGeneral(null);
    if (!hasErrors(checked)) decide.mutate();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="decide-form">
      <Stack gap="md">
        <Radio.Group label={t('decisions.decide.option')} value={optionId} onChange={setOptionId} error={errors.optionId} required>
          <Stack gap="xs" mt={6}>
            {dilemma.options.map((option, i) => (
              <Radio key={option.id} value={option.id} label={`${i + 1}. ${option.title}`} data-testid="decide-option" />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('decisions.decide.justification')}
          description={t('decisions.decide.justificationHint')}
          value={justification}
          onChange={(event) => setJustification(event.currentTarget.value)}
          error={errors.justification}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-testid="decide-justification"
        />
        <TextInput
          type="date"
          label={t('decisions.decide.reviewOn')}
          description={t('decisions.decide.reviewOnHint')}
          value={reviewOn}
          min={plusDays(today, 1)}
          onChange={(event) => setReviewOn(event.currentTarget.value)}
          error={errors.reviewOn}
          required
          w={{ base: '100%', xs: 240 }}
        />
        <Alert color="blue" variant="light" data-testid="decide-booking">
          {chosen ? (
            <Stack gap={4}>
              <Text fz="sm">{t('decisions.decide.books', { count: chosen.effects.length, accounts, impact: dilemma.impact })}</Text>
              <Text fz="xs" c="dimmed">
                {[...new Set(chosen.effects.map((e) => names.get(e.stakeholderId) ?? t('decisions.unknownStakeholder')))].join(' · ')}
              </Text>
            </Stack>
          ) : (
            <Text fz="sm">{t('decisions.decide.booksNothingYet')}</Text>
          )}
        </Alert>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending} data-testid="decide-submit">
            {t('decisions.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
