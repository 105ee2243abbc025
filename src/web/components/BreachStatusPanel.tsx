import { Alert, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breachChanged } from '../breach-queries.ts';
import { moveBreach, type Breach, type BreachStatus } from '../breaches-api.ts';
import { useFormat } from '../format.ts';
import { problemErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';

type Move = Exclude<BreachStatus, 'open'>;
/** Settling a breach cannot be undone: these ask first. */
const CONFIRMED: ReadonlySet<BreachStatus> = new Set(['restored', 'relation_ended']);

/**
 * Where the breach stands, the steps it may take next (for editors; settling one asks first, and
 * ending the relation archives its stakeholder), a refusal from the server in its own words, and
 * the history of its steps.
 */
export function BreachStatusPanel({ breach, editable }: { breach: Breach; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Move | null>(null);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (status: Move) => moveBreach(breach.organisationId, breach.id, note.trim() ? { status, note: note.trim() } : { status }),
    onSuccess: async (next) => {
      setConfirming(null);
      setNote('');
      setRefusal(null);
      notify((t) => t('breaches.statusPanel.moved'));
      await breachChanged(queryClient, breach.organisationId, next);
    },
    onError: (failure) => {
      setConfirming(null);
      const found = problemErrors(t, failure, [] as const);
      setRefusal(found.general);
    },
  });
  const start = (status: Move) => {
    setRefusal(null);
    if (CONFIRMED.has(status)) setConfirming(status);
    else move.mutate(status);
  };
  const moves = breach.nextStatuses.filter((s): s is Move => s !== 'open');

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="breach-status-title" data-testid="breach-status-panel">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="breach-status-title">
          {t('breaches.statusPanel.title')}
        </Title>
        <Text fz="sm" data-testid="breach-status-now">
          {t('breaches.statusPanel.current', { status: t(`breaches.status.${breach.status}`) })}
        </Text>
        {moves.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('breaches.statusPanel.settled')}
          </Text>
        ) : editable ? (
          <Group gap="sm">
            {moves.map((status) => (
              <Button
                key={status}
                variant={status === 'relation_ended' ? 'default' : 'light'}
                color={status === 'relation_ended' ? 'red' : undefined}
                onClick={() => start(status)}
                loading={move.isPending && move.variables === status}
                data-testid={`breach-move-${status}`}
              >
                {t(`breaches.statusPanel.moveTo.${status}`)}
              </Button>
            ))}
          </Group>
        ) : null}
        {refusal ? (
          <Alert color="red" title={t('breaches.statusPanel.refusedTitle')} data-testid="breach-move-refused" role="alert">
            <Text fz="sm">{refusal}</Text>
          </Alert>
        ) : null}
        <div>
          <Text fw={600} fz="sm">
            {t('breaches.statusPanel.history')}
          </Text>
          <ol className="tl-breach-history" data-testid="breach-history">
            {breach.history.map((step, index) => (
              <li key={`${step.status}-${index}`}>
                <Text fz="sm" component="span">
                  {t('breaches.statusPanel.historyLine', { status: t(`breaches.status.${step.status}`), date: format.date(step.on) })}
                </Text>
                {step.note ? (
                  <Text fz="sm" c="dimmed" component="span">{` — ${step.note}`}</Text>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t(`breaches.statusPanel.confirmTitle.${confirming as 'restored' | 'relation_ended'}`) : ''}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
        centered
      >
        {confirming ? (
          <Stack gap="sm" data-testid="breach-move-confirm">
            <Text fz="sm">{t(`breaches.statusPanel.confirmText.${confirming as 'restored' | 'relation_ended'}`)}</Text>
            <Textarea
              label={t('breaches.statusPanel.note')}
              placeholder={t('breaches.statusPanel.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button color={confirming === 'relation_ended' ? 'red' : undefined} onClick={() => move.mutate(confirming)} loading={move.isPending} data-testid="breach-move-confirm-submit">
                {t('breaches.statusPanel.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
