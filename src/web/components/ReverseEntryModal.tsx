import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerLine } from '../../api/schemas.ts';
import { amountSize } from '../dimensions.ts';
import { checkRequired, problemErrors } from '../form-errors.ts';
import { useFormat } from '../format.ts';
import { reverseEntry } from '../ledger-api.ts';
import { notify } from '../notices.ts';
import { refreshFigures } from '../queries.ts';
import { useWorkspace } from '../workspace.ts';

/** Asks why an entry was a mistake, then books its reversal; every figure of the page follows. */
export function ReverseEntryModal({ line, onClose }: { line: LedgerLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={line !== null} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} title={t('ledgerView.reverseTitle')} centered>
      {line ? <ReverseForm key={line.id} line={line} onDone={onClose} /> : null}
    </Modal>
  );
}

function ReverseForm({ line, onDone }: { line: LedgerLine; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reverse = useMutation({
    mutationFn: () => reverseEntry(membership.organisationId, line.id, reason.trim()),
    onSuccess: async () => {
      notify((t) => t('ledgerView.reversedNotice'));
      onDone();
      await refreshFigures(queryClient, membership.organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, ['reason'] as const);
      setError(found.fields.reason ?? found.general);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = checkRequired(t, reason);
    if (missing) setError(missing);
    else reverse.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fz="sm">{t('ledgerView.reverseIntro')}</Text>
        <Text fz="sm" fw={600}>
          {format.date(line.occurredOn)} · {t(`foundation.${line.foundation}`)} · {line.amount > 0 ? `+${line.amount}` : `−${Math.abs(line.amount)}`}{' '}
          {t(`amount.${amountSize(line.amount)}`)}
          {line.note ? ` · ${line.note}` : ''}
        </Text>
        <Textarea
          label={t('ledgerView.reason')}
          placeholder={t('ledgerView.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          required
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={reverse.isPending}>
            {t('ledgerView.reverseSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
