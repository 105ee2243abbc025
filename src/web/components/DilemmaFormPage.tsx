import { ActionIcon, Alert, Anchor, Button, Card, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../decisions.css';
import { refreshDecisions } from '../decision-queries.ts';
import { createDilemma } from '../decisions-api.ts';
import { checkDraft, emptyDraft, emptyEffect, emptyOption, EFFECT_AMOUNTS, fieldPaths, MAX_OPTIONS, MIN_OPTIONS, toNewDilemma, type DilemmaDraft, type EffectDraft, type OptionDraft } from '../dilemma-draft.ts';
import { DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import type { Intent } from '../ledger-api.ts';
import { notify } from '../notices.ts';
import { usePageTitle } from '../page-title.ts';
import { useRelations } from '../queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { SearchableSelect } from './SearchableSelect.tsx';

const INTENTS = ['intentional', 'unintentional', 'unknown'] as const satisfies readonly Intent[];
const IMPACTS = [1, 2, 3, 4, 5] as const;

type Choice = { value: string; label: string };

/**
 * Describing a dilemma: what is at stake (title, context, the value conflict), how defining a
 * moment it is, and two or more options, each with the effects expected on the stakeholders'
 * trust accounts. Nothing is booked here: the dilemma page shows the trade-offs first.
 */
export function DilemmaFormPage() {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const relations = useRelations(membership.organisationId);
  usePageTitle(t('decisions.dilemmaForm.title'));

  const back = (
    <nav aria-label={t('nav.breadcrumb')}>
      <Anchor component={Link} to="/decisions" fz="sm">
        {`← ${t('decisions.back')}`}
      </Anchor>
    </nav>
  );
  let body;
  if (!canEdit(membership)) {
    body = <Alert color="orange">{t('decisions.editorsOnly')}</Alert>;
  } else if (relations.isError) {
    body = <ErrorState error={relations.error} onRetry={() => void relations.refetch()} />;
  } else if (!relations.data) {
    body = <LoadingState />;
  } else {
    const stakeholders = relations.data
      .map((r) => ({ value: r.stakeholder.id, label: r.stakeholder.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    body = <DilemmaForm stakeholders={stakeholders} />;
  }
  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={2} fz="h2">
          {t('decisions.dilemmaForm.title')}
        </Title>
        <Text c="dimmed" fz="sm" maw={720}>
          {t('decisions.dilemmaForm.intro')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}

function DilemmaForm({ stakeholders }: { stakeholders: readonly Choice[] }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ids = useId();
  const [draft, setDraft] = useState<DilemmaDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () => createDilemma(membership.organisationId, toNewDilemma(draft)),
    onSuccess: async (created) => {
      notify((t) => t('decisions.dilemmaForm.created'), () => created.title);
      await refreshDecisions(queryClient, membership.organisationId);
      void navigate({ to: '/decisions/dilemmas/$dilemmaId', params: { dilemmaId: created.id } });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, fieldPaths(draft));
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(t, draft);
    setErrors(checked);
    setGeneral(hasErrors(checked) ? t('decisions.dilemmaForm.fixFields') : null);
    if (!hasErrors(checked)) save.mutate();
  };

  const setOption = (key: number, change: (option: OptionDraft) => OptionDraft) =>
    setDraft((d) => ({ ...d, options: d.options.map((o) => (o.key === key ? change(o) : o)) }));

  return (
    <form onSubmit={submit} noValidate data-testid="dilemma-form">
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Stack gap="md">
            <TextInput
              label={t('decisions.dilemmaForm.titleField')}
              value={draft.title}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, title: value }));
              }}
              error={errors.title}
              required
              maxLength={200}
            />
            <Textarea
              label={t('decisions.dilemmaForm.context')}
              description={t('decisions.dilemmaForm.contextHint')}
              value={draft.context}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, context: value }));
              }}
              error={errors.context}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <TextInput
              label={t('decisions.dilemmaForm.valueConflict')}
              description={t('decisions.dilemmaForm.valueConflictHint')}
              value={draft.valueConflict}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, valueConflict: value }));
              }}
              error={errors.valueConflict}
              required
              maxLength={1000}
            />
            <div>
              <Text component="div" fz="sm" fw={500} id={`${ids}-impact`}>
                {t('decisions.dilemmaForm.impact')}
              </Text>
              <Text component="div" fz="xs" c="dimmed" mb={4} id={`${ids}-impact-hint`}>
                {t('decisions.dilemmaForm.impactHint')}
              </Text>
              <SegmentedControl
                aria-labelledby={`${ids}-impact`}
                aria-describedby={`${ids}-impact-hint ${ids}-impact-word`}
                value={String(draft.impact)}
                onChange={(value) => setDraft((d) => ({ ...d, impact: Number(value) }))}
                data={IMPACTS.map((value) => ({ value: String(value), label: String(value) }))}
                data-testid="dilemma-impact"
              />
              <Text component="div" fz="xs" mt={2} id={`${ids}-impact-word`} aria-live="polite" c={errors.impact ? 'red' : undefined}>
                {errors.impact ?? t('decisions.impactValue', { impact: draft.impact, word: t(`decisions.impact.${draft.impact as 1}`) })}
              </Text>
            </div>
          </Stack>
        </Card>
        {draft.options.map((option, i) => (
          <OptionFields
            key={option.key}
            option={option}
            index={i}
            stakeholders={stakeholders}
            errors={errors}
            canRemove={draft.options.length > MIN_OPTIONS}
            onChange={(change) => setOption(option.key, change)}
            onRemove={() => setDraft((d) => ({ ...d, options: d.options.filter((o) => o.key !== option.key) }))}
          />
        ))}
        {errors.options ? (
          <Text c="red" fz="sm">
            {errors.options}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            disabled={draft.options.length >= MAX_OPTIONS}
            onClick={() => setDraft((d) => ({ ...d, options: [...d.options, emptyOption()] }))}
            data-testid="option-add"
          >
            {t('decisions.dilemmaForm.addOption')}
          </Button>
        </Group>
        {general ? (
          <Alert color="red" variant="light" role="alert" data-testid="dilemma-form-error">
            {general}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button component={Link} to="/decisions" variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="dilemma-submit">
            {t('decisions.dilemmaForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OptionFields({
  option,
  index,
  stakeholders,
  errors,
  canRemove,
  onChange,
  onRemove,
}: {
  option: OptionDraft;
  index: number;
  stakeholders: readonly Choice[];
  errors: FieldErrors<string>;
  canRemove: boolean;
  onChange: (change: (option: OptionDraft) => OptionDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const at = `options.${index}`;
  const headingId = useId();
  const setEffect = (key: number, change: Partial<EffectDraft>) =>
    onChange((o) => ({ ...o, effects: o.effects.map((e) => (e.key === key ? { ...e, ...change } : e)) }));
  return (
    <Card withBorder padding="lg" component="fieldset" className="tl-option-card" aria-labelledby={headingId} data-testid="option-fields">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} fz="h4" id={headingId}>
            {t('decisions.dilemmaForm.option', { number: index + 1 })}
          </Title>
          {canRemove ? (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              {t('decisions.dilemmaForm.removeOption', { number: index + 1 })}
            </Button>
          ) : null}
        </Group>
        <TextInput
          label={t('decisions.dilemmaForm.optionTitle')}
          value={option.title}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange((o) => ({ ...o, title: value }));
          }}
          error={errors[`${at}.title`]}
          required
          maxLength={200}
        />
        <Textarea
          label={t('decisions.dilemmaForm.optionDescription')}
          value={option.description}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange((o) => ({ ...o, description: value }));
          }}
          error={errors[`${at}.description`]}
          autosize
          minRows={1}
          maxLength={4000}
        />
        <div>
          <Text fw={600} fz="sm">
            {t('decisions.dilemmaForm.effects')}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('decisions.dilemmaForm.effectsHint')}
          </Text>
        </div>
        {errors[`${at}.effects`] ? (
          <Text c="red" fz="sm">
            {errors[`${at}.effects`]}
          </Text>
        ) : null}
        {option.effects.map((effect, j) => (
          <EffectFields
            key={effect.key}
            effect={effect}
            number={j + 1}
            at={`${at}.effects.${j}`}
            stakeholders={stakeholders}
            errors={errors}
            onChange={(change) => setEffect(effect.key, change)}
            onRemove={() => onChange((o) => ({ ...o, effects: o.effects.filter((e) => e.key !== effect.key) }))}
          />
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange((o) => ({ ...o, effects: [...o.effects, emptyEffect()] }))} data-testid="effect-add">
            {t('decisions.dilemmaForm.addEffect')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function EffectFields({
  effect,
  number,
  at,
  stakeholders,
  errors,
  onChange,
  onRemove,
}: {
  effect: EffectDraft;
  number: number;
  at: string;
  stakeholders: readonly Choice[];
  errors: FieldErrors<string>;
  onChange: (change: Partial<EffectDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const foundations = useMemo(
    () => DIMENSIONS.map((d) => ({ group: t(`dimension.${d}`), items: FOUNDATIONS_BY_DIMENSION[d].map((f) => ({ value: f, label: t(`foundation.${f}`) })) })),
    [t],
  );
  const amounts = useMemo(
    () =>
      EFFECT_AMOUNTS.map((a) => ({
        value: String(a),
        label: t('decisions.amountValue', { amount: a > 0 ? `+${a}` : `−${-a}`, word: t(`amount.${Math.abs(a) as 1}`) }),
      })),
    [t],
  );
  const withdrawal = Number(effect.amount) < 0;
  return (
    <div className="tl-effect-row" role="group" aria-label={t('decisions.dilemmaForm.effect', { number })} data-testid="effect-fields">
      <SearchableSelect
        className="tl-effect-stakeholder"
        label={t('decisions.dilemmaForm.stakeholder')}
        placeholder={t('entry.stakeholderPlaceholder')}
        nothingFoundMessage={t('entry.nothingFound')}
        data={stakeholders as Choice[]}
        value={effect.stakeholderId}
        onChange={(value) => onChange({ stakeholderId: value })}
        error={errors[`${at}.stakeholderId`]}
        required
        comboboxProps={{ withinPortal: true }}
        data-testid="effect-stakeholder"
      />
      <Select
        label={t('decisions.dilemmaForm.direction')}
        data={(['received', 'given'] as const).map((d) => ({ value: d, label: t(`direction.${d}`) }))}
        value={effect.direction}
        onChange={(value) => onChange({ direction: value === 'given' ? 'given' : 'received' })}
        error={errors[`${at}.direction`]}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="effect-direction"
      />
      <Select
        label={t('decisions.dilemmaForm.foundation')}
        placeholder={t('entry.foundationPlaceholder')}
        data={foundations}
        value={effect.foundation}
        onChange={(value) => onChange({ foundation: (value as Foundation | null) ?? null })}
        error={errors[`${at}.foundation`]}
        required
        comboboxProps={{ withinPortal: true }}
        data-testid="effect-foundation"
      />
      <Select
        label={t('decisions.dilemmaForm.amount')}
        placeholder={t('decisions.dilemmaForm.amountPlaceholder')}
        data={amounts}
        value={effect.amount || null}
        onChange={(value) => onChange({ amount: value ?? '', intent: Number(value) < 0 ? effect.intent : null })}
        error={errors[`${at}.amount`]}
        required
        comboboxProps={{ withinPortal: true }}
        data-testid="effect-amount"
      />
      <Select
        label={t('decisions.dilemmaForm.intent')}
        placeholder={withdrawal ? t('entry.intentPlaceholder') : t('decisions.dilemmaForm.intentDeposit')}
        data={INTENTS.map((i) => ({ value: i, label: t(`intent.${i}`) }))}
        value={effect.intent}
        onChange={(value) => onChange({ intent: (value as Intent | null) ?? null })}
        error={errors[`${at}.intent`]}
        disabled={!withdrawal}
        required={withdrawal}
        comboboxProps={{ withinPortal: true }}
        data-testid="effect-intent"
      />
      <TextInput
        className="tl-effect-note"
        label={t('decisions.dilemmaForm.note')}
        value={effect.note}
        onChange={(e) => onChange({ note: e.currentTarget.value })}
        error={errors[`${at}.note`]}
        maxLength={500}
      />
      <ActionIcon
        className="tl-effect-remove"
        variant="subtle"
        color="red"
        size="lg"
        aria-label={t('decisions.dilemmaForm.removeEffect', { number })}
        onClick={onRemove}
        data-testid="effect-remove"
      >
        ×
      </ActionIcon>
    </div>
  );
}
