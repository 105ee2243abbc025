import { ActionIcon, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { breachChanged } from '../breach-queries.ts';
import { APOLOGY_ELEMENTS, APOLOGY_STATES, planRepair, WEIGHTIEST, type ApologyElement, type ApologyState, type Breach } from '../breaches-api.ts';
import { useFormat } from '../format.ts';
import { problemErrors } from '../form-errors.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { useToday } from '../today.ts';

type Apology = Record<ApologyElement, { state: ApologyState; note: string }>;

interface ActionDraft {
  readonly key: string;
  readonly id?: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly doneOn: string;
}

function apologyOf(breach: Breach): Apology {
  return Object.fromEntries(
    APOLOGY_ELEMENTS.map((e) => {
      const step = breach.apology?.[e];
      return [e, { state: step?.state ?? 'planned', note: step?.note ?? '' }];
    }),
  ) as Apology;
}

/**
 * The repair after our own breach: the guidance for its type of violation, the six elements of the
 * apology — each planned, done or skipped with a note, the two that weigh most marked — and the
 * repair actions with owner and dates. Editors change it and save it whole; others read it.
 */
export function RepairPlan({ breach, editable }: { breach: Breach; editable: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [apology, setApology] = useState<Apology>(() => apologyOf(breach));
  const [actions, setActions] = useState<ActionDraft[]>(() =>
    breach.actions.map((a) => ({ key: a.id, id: a.id, description: a.description, owner: a.owner, dueOn: a.dueOn ?? '', doneOn: a.doneOn ?? '' })),
  );
  const [followUpOn, setFollowUpOn] = useState(breach.followUpOn ?? '');
  const [nextKey, setNextKey] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [emptyActions, setEmptyActions] = useState<ReadonlySet<string>>(new Set());
  const today = useToday(breach.organisationId);

  const save = useMutation({
    mutationFn: () =>
      planRepair(breach.organisationId, breach.id, {
        apology: Object.fromEntries(APOLOGY_ELEMENTS.map((e) => [e, apology[e].note.trim() ? { state: apology[e].state, note: apology[e].note.trim() } : { state: apology[e].state }])),
        actions: actions.map((a) => ({
          ...(a.id ? { id: a.id } : {}),
          description: a.description.trim(),
          ...(a.owner.trim() ? { owner: a.owner.trim() } : {}),
          dueOn: a.dueOn || null,
          doneOn: a.doneOn || null,
        })),
        followUpOn: followUpOn || null,
      }),
    onSuccess: async (next) => {
      setError(null);
      // New actions come back with their ids: keep them, so the next save names them.
      setActions(next.actions.map((a) => ({ key: a.id, id: a.id, description: a.description, owner: a.owner, dueOn: a.dueOn ?? '', doneOn: a.doneOn ?? '' })));
      notify((t) => t('breaches.actions.saved'));
      await breachChanged(queryClient, breach.organisationId, next);
    },
    onError: (failure) => setError(problemErrors(t, failure, [] as const).general),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set(actions.filter((a) => a.description.trim() === '').map((a) => a.key));
    setEmptyActions(empty);
    if (empty.size === 0) save.mutate();
  };
  const changeAction = (key: string, patch: Partial<ActionDraft>) => setActions((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const body = (
    <Stack gap="lg">
      {breach.apologyGuidance ? (
        <div data-testid="apology-guidance" data-type={breach.violationType ?? undefined}>
          <Title order={3} fz="h4">
            {t('breaches.guidance.title')}
          </Title>
          {breach.violationType ? (
            <Text fz="sm" fw={600} mt={4}>
              {t(`breaches.guidance.type.${breach.violationType}`)}
            </Text>
          ) : null}
          <Text fz="sm" maw={820}>
            {localized(breach.apologyGuidance)}
          </Text>
        </div>
      ) : null}
      <section aria-labelledby="apology-title" data-testid="apology">
        <Title order={3} fz="h4" id="apology-title">
          {t('breaches.apology.title')}
        </Title>
        <Text fz="sm" c="dimmed" mb="xs">
          {t('breaches.apology.intro')}
        </Text>
        {APOLOGY_ELEMENTS.map((element) => (
          <ApologyElementRow
            key={element}
            element={element}
            step={apology[element]}
            editable={editable}
            onChange={(step) => setApology((current) => ({ ...current, [element]: step }))}
          />
        ))}
      </section>
      <section aria-labelledby="actions-title" data-testid="repair-actions">
        <Title order={3} fz="h4" id="actions-title">
          {t('breaches.actions.title')}
        </Title>
        <Text fz="sm" c="dimmed" mb="xs">
          {t('breaches.actions.intro')}
        </Text>
        {editable ? (
          <Stack gap="xs">
            {actions.map((action, index) => (
              <ActionRow
                key={action.key}
                action={action}
                number={index + 1}
                overdue={action.doneOn === '' && action.dueOn !== '' && action.dueOn < today}
                missing={emptyActions.has(action.key)}
                onChange={(patch) => changeAction(action.key, patch)}
                onRemove={() => setActions((rows) => rows.filter((row) => row.key !== action.key))}
              />
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => {
                  setActions((rows) => [...rows, { key: `new-${nextKey}`, description: '', owner: '', dueOn: '', doneOn: '' }]);
                  setNextKey((k) => k + 1);
                }}
                data-testid="repair-action-add"
              >
                {t('breaches.actions.add')}
              </Button>
            </Group>
            <TextInput type="date" label={t('breaches.actions.followUpOn')} value={followUpOn} onChange={(e) => setFollowUpOn(e.currentTarget.value)} maw={220} />
          </Stack>
        ) : (
          <ActionList breach={breach} />
        )}
      </section>
      {error ? (
        <Text c="red.9" fz="sm" role="alert" data-testid="repair-plan-error">
          {error}
        </Text>
      ) : null}
      {editable ? (
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="repair-plan-save">
            {t('breaches.actions.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );

  return (
    <Card withBorder padding="lg" data-testid="repair-plan">
      {editable ? (
        <form onSubmit={submit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </Card>
  );
}

function ApologyElementRow({
  element,
  step,
  editable,
  onChange,
}: {
  element: ApologyElement;
  step: { state: ApologyState; note: string };
  editable: boolean;
  onChange: (step: { state: ApologyState; note: string }) => void;
}) {
  const { t } = useTranslation();
  const name = t(`breaches.apology.element.${element}.name`);
  const labelId = useId();
  return (
    <div className="tl-apology-element" data-testid="apology-element" data-element={element} data-state={step.state}>
      <div>
        <Group gap={6} align="center">
          <Text fz="sm" fw={600} id={labelId}>
            {name}
          </Text>
          {WEIGHTIEST.has(element) ? (
            <Badge size="sm" variant="light" color="blue" radius="sm" tt="none" data-testid="apology-weighs-most">
              {t('breaches.apology.weighsMost')}
            </Badge>
          ) : null}
        </Group>
        <Text fz="sm" c="dimmed">
          {t(`breaches.apology.element.${element}.meaning`)}
        </Text>
      </div>
      {editable ? (
        <Stack gap={6}>
          <SegmentedControl
            size="xs"
            value={step.state}
            onChange={(value) => onChange({ ...step, state: value as ApologyState })}
            data={APOLOGY_STATES.map((s) => ({ value: s, label: t(`breaches.apology.state.${s}`) }))}
            aria-label={t('breaches.apology.stateLabel', { element: name })}
            data-testid="apology-state"
          />
          <TextInput
            size="xs"
            aria-label={t('breaches.apology.noteLabel', { element: name })}
            value={step.note}
            onChange={(e) => onChange({ ...step, note: e.currentTarget.value })}
            maxLength={2000}
            data-testid="apology-note"
          />
        </Stack>
      ) : (
        <div>
          <Badge variant="light" color={step.state === 'done' ? 'green' : 'gray'} radius="sm" tt="none">
            {t(`breaches.apology.state.${step.state}`)}
          </Badge>
          {step.note ? (
            <Text fz="sm" mt={4}>
              {step.note}
            </Text>
          ) : null}
        </div>
      )}
    </div>
  );
}

function ActionRow({
  action,
  number,
  overdue,
  missing,
  onChange,
  onRemove,
}: {
  action: ActionDraft;
  number: number;
  overdue: boolean;
  missing: boolean;
  onChange: (patch: Partial<ActionDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  return (
    <fieldset className="tl-action-row" aria-labelledby={legendId} data-testid="repair-action">
      <Text id={legendId} className="tl-visually-hidden">
        {t('breaches.actions.actionLabel', { number })}
      </Text>
      <Textarea
        label={t('breaches.actions.description')}
        value={action.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        error={missing ? t('form.required') : undefined}
        required
        autosize
        minRows={1}
        maxLength={1000}
        data-testid="repair-action-description"
      />
      <TextInput label={t('breaches.actions.owner')} value={action.owner} onChange={(e) => onChange({ owner: e.currentTarget.value })} maxLength={200} data-testid="repair-action-owner" />
      <TextInput
        type="date"
        label={t('breaches.actions.dueOn')}
        value={action.dueOn}
        onChange={(e) => onChange({ dueOn: e.currentTarget.value })}
        description={overdue ? t('breaches.actions.overdue') : undefined}
        classNames={overdue ? { description: 'tl-overdue' } : undefined}
        data-testid="repair-action-due"
      />
      <TextInput type="date" label={t('breaches.actions.doneOn')} value={action.doneOn} onChange={(e) => onChange({ doneOn: e.currentTarget.value })} data-testid="repair-action-done" />
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={onRemove} aria-label={`${t('breaches.actions.remove')} (${number})`} className="tl-action-remove">
        <span aria-hidden="true">×</span>
      </ActionIcon>
    </fieldset>
  );
}

/** The actions as they stand, for those who read the plan. */
function ActionList({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday(breach.organisationId);
  if (breach.actions.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('breaches.actions.none')}
      </Text>
    );
  }
  return (
    <ul className="tl-breach-list">
      {breach.actions.map((action) => {
        const overdue = action.doneOn === null && action.dueOn !== null && action.dueOn < today;
        return (
          <li key={action.id} className="tl-breach-row" data-testid="repair-action-line" data-overdue={overdue}>
            <div className="tl-breach-row-main">
              <Text fz="sm" fw={600}>
                {action.description}
              </Text>
              <Text fz="sm" c="dimmed">
                {[
                  action.owner || t('breaches.actions.noOwner'),
                  action.dueOn ? `${t('breaches.actions.dueOn')} ${format.date(action.dueOn)}` : t('breaches.actions.noDue'),
                  action.doneOn ? `${t('breaches.actions.doneOn')} ${format.date(action.doneOn)}` : t('breaches.actions.notDone'),
                ].join(' · ')}
              </Text>
            </div>
            {overdue ? (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {t('breaches.actions.overdue')}
              </Badge>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
