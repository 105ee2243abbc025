import { ActionIcon, Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { breachChanged, useBreaches } from '../breach-queries.ts';
import { BREACH_DIRECTIONS, BREACH_INTENTS, BREACH_SCALES, recordBreach, type BreachDirection, type BreachIntent, type BreachScale } from '../breaches-api.ts';
import { AMOUNTS, DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import type { Intent } from '../ledger-api.ts';
import { notify } from '../notices.ts';
import { useLedger } from '../queries.ts';
import { useToday } from '../today.ts';

const ENTRY_INTENTS = ['intentional', 'unintentional', 'unknown'] as const satisfies readonly Intent[];
type Field = 'direction' | 'occurredOn' | 'intent' | 'scale' | 'description' | 'entryIds' | 'followUpOn';
const FIELDS: readonly Field[] = ['direction', 'occurredOn', 'intent', 'scale', 'description', 'entryIds', 'followUpOn'];

interface WithdrawalDraft {
  readonly key: number;
  readonly foundation: Foundation | null;
  readonly amount: string;
  readonly intent: Intent;
  readonly note: string;
}

/** The account a breach damages: ours their trust in us, theirs our trust in them. */
export function damagedAccount(accounts: { received: Account; given: Account }, direction: BreachDirection): Account {
  return direction === 'we_breached' ? accounts.received : accounts.given;
}

/**
 * Recording a breach on a relation: whose trust was broken, when, its intent and scale, what
 * happened, the withdrawals it concerns — picked from the damaged account's ledger, new ones
 * added, or both — and when to follow it up. On success the breach's own page opens.
 */
export function RecordBreachModal({
  opened,
  onClose,
  organisationId,
  relationId,
  accounts,
}: {
  opened: boolean;
  onClose: () => void;
  organisationId: string;
  relationId: string;
  accounts: { received: Account; given: Account };
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('breaches.form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.closeDialog') }}>
      {opened ? <RecordBreachForm organisationId={organisationId} relationId={relationId} accounts={accounts} onCancel={onClose} /> : null}
    </Modal>
  );
}

function RecordBreachForm({
  organisationId,
  relationId,
  accounts,
  onCancel,
}: {
  organisationId: string;
  relationId: string;
  accounts: { received: Account; given: Account };
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const today = useToday(organisationId);
  const [direction, setDirection] = useState<BreachDirection>('we_breached');
  const [occurredOn, setOccurredOn] = useState(today);
  const [intent, setIntent] = useState<BreachIntent>('side_effect');
  const [scale, setScale] = useState<BreachScale>('incidental');
  const [description, setDescription] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [withdrawals, setWithdrawals] = useState<WithdrawalDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [followUpOn, setFollowUpOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const account = damagedAccount(accounts, direction);

  const record = useMutation({
    mutationFn: () =>
      recordBreach(organisationId, {
        relationId,
        direction,
        occurredOn,
        intent,
        scale,
        description: description.trim(),
        entryIds: picked,
        withdrawals: withdrawals.map((w) => ({
          foundation: w.foundation!,
          amount: -Number(w.amount),
          intent: w.intent,
          occurredOn,
          ...(w.note.trim() ? { note: w.note.trim() } : {}),
        })),
        followUpOn: followUpOn || null,
      }),
    onSuccess: async (breach) => {
      notify((t) => t('breaches.form.recorded'), (t) => t('breaches.form.recordedDetail'));
      await breachChanged(queryClient, organisationId, breach);
      void navigate({ to: '/breaches/$breachId', params: { breachId: breach.id } });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, [...FIELDS, 'withdrawals'] as const);
      const { withdrawals: rows, ...fields } = found.fields;
      setErrors(fields);
      setGeneral(rows ?? found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = t('form.required');
    const nextErrors: FieldErrors<Field> = {
      occurredOn: checkRequired(t, occurredOn),
      description: checkRequired(t, description),
      entryIds: picked.length === 0 && withdrawals.length === 0 ? t('breaches.form.needsWithdrawal') : undefined,
    };
    const nextRows: Record<number, string> = {};
    for (const w of withdrawals) if (w.foundation === null || w.amount === '') nextRows[w.key] = required;
    setErrors(nextErrors);
    setRowErrors(nextRows);
    setGeneral(null);
    if (!hasErrors(nextErrors) && Object.keys(nextRows).length === 0) record.mutate();
  };

  const change = (key: number, patch: Partial<WithdrawalDraft>) => setWithdrawals((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <form onSubmit={submit} noValidate data-testid="breach-form">
      <Stack gap="md">
        <Radio.Group
          label={t('breaches.form.direction')}
          value={direction}
          onChange={(value) => {
            setDirection(value as BreachDirection);
            // The picked withdrawals belong to the other account.
            setPicked([]);
          }}
          error={errors.direction}
        >
          <Stack gap={6} mt={4}>
            {BREACH_DIRECTIONS.map((d) => (
              <Radio key={d} value={d} label={t(`breaches.direction.${d}`)} description={t(`breaches.directionHint.${d}`)} data-testid={`breach-direction-${d}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Group grow align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('breaches.form.occurredOn')} value={occurredOn} max={today} onChange={(e) => setOccurredOn(e.currentTarget.value)} error={errors.occurredOn} required miw={160} />
          <TextInput
            type="date"
            label={t('breaches.form.followUpOn')}
            description={t('breaches.form.followUpHint')}
            value={followUpOn}
            onChange={(e) => setFollowUpOn(e.currentTarget.value)}
            error={errors.followUpOn}
            miw={160}
          />
        </Group>
        <Radio.Group label={t('breaches.form.intent')} value={intent} onChange={(value) => setIntent(value as BreachIntent)} error={errors.intent}>
          <Stack gap={6} mt={4}>
            {BREACH_INTENTS.map((i) => (
              <Radio key={i} value={i} label={t(`breaches.intent.${i}`)} description={t(`breaches.intentHint.${i}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('breaches.form.scale')} value={scale} onChange={(value) => setScale(value as BreachScale)} error={errors.scale}>
          <Stack gap={6} mt={4}>
            {BREACH_SCALES.map((s) => (
              <Radio key={s} value={s} label={t(`breaches.scale.${s}`)} description={t(`breaches.scaleHint.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('breaches.form.description')}
          placeholder={t('breaches.form.descriptionPlaceholder')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-testid="breach-description"
        />
        <ExistingWithdrawals organisationId={organisationId} relationId={relationId} account={account} picked={picked} onChange={setPicked} error={errors.entryIds} />
        <Stack gap="xs">
          <div>
            <Text fw={600} fz="sm">
              {t('breaches.form.new')}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('breaches.form.newHint')}
            </Text>
          </div>
          {withdrawals.map((w, index) => (
            <WithdrawalRow key={w.key} draft={w} number={index + 1} error={rowErrors[w.key]} onChange={(patch) => change(w.key, patch)} onRemove={() => setWithdrawals((rows) => rows.filter((r) => r.key !== w.key))} />
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setWithdrawals((rows) => [...rows, { key: nextKey, foundation: null, amount: '1', intent: 'unintentional', note: '' }]);
                setNextKey((k) => k + 1);
              }}
              data-testid="breach-add-withdrawal"
            >
              {t('breaches.form.addWithdrawal')}
            </Button>
          </Group>
        </Stack>
        {general ? (
          <Text c="red.9" fz="sm" role="alert" data-testid="breach-form-error">
            {general}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="breach-submit">
            {t('breaches.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The damaged account's withdrawals that still count and no breach names yet, to pick from; older pages on request. */
function ExistingWithdrawals({
  organisationId,
  relationId,
  account,
  picked,
  onChange,
  error,
}: {
  organisationId: string;
  relationId: string;
  account: Account;
  picked: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ledger = useLedger(organisationId, account.id);
  const breaches = useBreaches(organisationId, relationId);
  const named = new Set((breaches.data ?? []).flatMap((b) => b.withdrawals.map((w) => w.id)));
  const lines = (ledger.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (l) => l.amount < 0 && l.reverses === null && l.reversedBy === null && !named.has(l.id),
  );
  return (
    <Checkbox.Group label={t('breaches.form.existing')} description={t('breaches.form.existingHint')} value={picked} onChange={onChange} error={error}>
      <Stack gap={6} mt={6} data-testid="breach-existing">
        {!ledger.data ? (
          <Text fz="sm" c="dimmed">
            {t('breaches.form.existingLoading')}
          </Text>
        ) : lines.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('breaches.form.existingNone')}
          </Text>
        ) : (
          lines.map((line) => (
            <Checkbox
              key={line.id}
              value={line.id}
              label={t('breaches.form.existingLine', { date: format.date(line.occurredOn), amount: Math.abs(line.amount), foundation: t(`foundation.${line.foundation}`) })}
              description={line.note || undefined}
              data-testid="breach-existing-line"
            />
          ))
        )}
        {ledger.hasNextPage ? (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage}>
              {t('breaches.form.existingMore')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Checkbox.Group>
  );
}

function WithdrawalRow({
  draft,
  number,
  error,
  onChange,
  onRemove,
}: {
  draft: WithdrawalDraft;
  number: number;
  error: string | undefined;
  onChange: (patch: Partial<WithdrawalDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  const foundations = DIMENSIONS.map((d) => ({ group: t(`dimension.${d}`), items: FOUNDATIONS_BY_DIMENSION[d].map((f) => ({ value: f, label: t(`foundation.${f}`) })) }));
  return (
    <fieldset className="tl-withdrawal-row" aria-labelledby={legendId} data-testid="breach-new-withdrawal">
      <Group justify="space-between" style={{ gridColumn: '1 / -1' }}>
        <Text id={legendId} fz="sm" fw={600}>
          {t('breaches.form.withdrawalLabel', { number })}
        </Text>
        <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('breaches.form.removeWithdrawal')}>
          <span aria-hidden="true">×</span>
        </ActionIcon>
      </Group>
      <Select
        label={t('breaches.form.foundation')}
        data={foundations}
        value={draft.foundation}
        onChange={(value) => onChange({ foundation: value as Foundation | null })}
        error={draft.foundation === null ? error : undefined}
        required
        allowDeselect={false}
        data-testid="withdrawal-foundation"
      />
      <Select
        label={t('breaches.form.amount')}
        data={AMOUNTS.map((a) => ({ value: String(a), label: t('entry.amountValue', { amount: `−${a}`, word: t(`amount.${a}`) }) }))}
        value={draft.amount}
        onChange={(value) => onChange({ amount: value ?? '' })}
        allowDeselect={false}
        required
      />
      <Select
        label={t('breaches.form.entryIntent')}
        data={ENTRY_INTENTS.map((i) => ({ value: i, label: t(`intent.${i}`) }))}
        value={draft.intent}
        onChange={(value) => onChange({ intent: (value ?? 'unknown') as Intent })}
        allowDeselect={false}
      />
      <TextInput label={t('breaches.form.note')} value={draft.note} onChange={(e) => onChange({ note: e.currentTarget.value })} maxLength={2000} style={{ gridColumn: '1 / -1' }} />
    </fieldset>
  );
}
