import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { breachChanged } from '../breach-queries.ts';
import { recordRepairDeposit, type Breach } from '../breaches-api.ts';
import { AMOUNTS, DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';
import { useToday } from '../today.ts';

type Field = 'foundation' | 'amount' | 'note' | 'occurredOn';
const FIELDS: readonly Field[] = ['foundation', 'amount', 'note', 'occurredOn'];

/** A deposit made to repair the breach, on the damaged account: foundation, amount 1–5, note and date (not before the breach). */
export function RepairDepositModal({ opened, onClose, breach }: { opened: boolean; onClose: () => void; breach: Breach }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('breaches.deposit.title')} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} centered>
      {opened ? <RepairDepositForm breach={breach} onDone={onClose} /> : null}
    </Modal>
  );
}

function RepairDepositForm({ breach, onDone }: { breach: Breach; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = useToday(breach.organisationId);
  const [foundation, setFoundation] = useState<Foundation | null>(null);
  const [amount, setAmount] = useState<string | null>('2');
  const [note, setNote] = useState('');
  const [occurredOn, setOccurredOn] = useState(today);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: () =>
      recordRepairDeposit(breach.organisationId, breach.id, {
        foundation: foundation!,
        amount: Number(amount),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(occurredOn ? { occurredOn } : {}),
      }),
    onSuccess: async (next) => {
      notify((t) => t('breaches.deposit.recorded'));
      onDone();
      await breachChanged(queryClient, breach.organisationId, next);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors<Field> = { foundation: foundation ? undefined : t('form.required'), amount: amount ? undefined : t('form.required') };
    setErrors(next);
    setGeneral(null);
    if (!hasErrors(next)) record.mutate();
  };
  const foundations = DIMENSIONS.map((d) => ({ group: t(`dimension.${d}`), items: FOUNDATIONS_BY_DIMENSION[d].map((f) => ({ value: f, label: t(`foundation.${f}`) })) }));
  return (
    <form onSubmit={submit} noValidate data-testid="repair-deposit-form">
      <Stack gap="sm">
        <Text fz="sm">{t('breaches.deposit.intro')}</Text>
        <Select
          label={t('breaches.deposit.foundation')}
          data={foundations}
          value={foundation}
          onChange={(value) => setFoundation(value as Foundation | null)}
          error={errors.foundation}
          required
          allowDeselect={false}
          data-autofocus
          data-testid="repair-deposit-foundation"
        />
        <Select
          label={t('breaches.deposit.amount')}
          data={AMOUNTS.map((a) => ({ value: String(a), label: t('entry.amountValue', { amount: `+${a}`, word: t(`amount.${a}`) }) }))}
          value={amount}
          onChange={setAmount}
          error={errors.amount}
          required
          allowDeselect={false}
          data-testid="repair-deposit-amount"
        />
        <TextInput type="date" label={t('breaches.deposit.occurredOn')} value={occurredOn} min={breach.occurredOn} max={today} onChange={(e) => setOccurredOn(e.currentTarget.value)} error={errors.occurredOn} />
        <Textarea
          label={t('breaches.deposit.note')}
          placeholder={t('breaches.deposit.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          maxLength={2000}
          autosize
          minRows={2}
          data-testid="repair-deposit-note"
        />
        {general ? (
          <Text c="red.9" fz="sm" role="alert">
            {general}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="repair-deposit-submit">
            {t('breaches.deposit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
