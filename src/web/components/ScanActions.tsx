import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { problemErrors } from '../form-errors.ts';
import { isApiError } from '../http.ts';
import { notify } from '../notices.ts';
import { refreshScans } from '../scan-queries.ts';
import { moveScan, type Scan, type ScanTransition } from '../scans-api.ts';

/** Today in the browser, as YYYY-MM-DD: close enough to tell a close date long past. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What an editor can do with a scan as it stands: change or open a draft, close an open one.
 * Closing cannot be undone, so it asks first and says what it means.
 */
export function ScanActions({ organisationId, scan, onEdit }: { organisationId: string; scan: Scan; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const move = useMutation({
    mutationFn: (transition: ScanTransition) => moveScan(organisationId, scan.id, transition),
    onSuccess: async (moved, transition) => {
      setFailure(null);
      setConfirmingClose(false);
      notify((t) => (transition === 'open' ? t('scans.actions.opened', { title: moved.title }) : t('scans.actions.closed', { title: moved.title })));
      await refreshScans(queryClient, organisationId);
    },
    onError: async (error, transition) => {
      setConfirmingClose(false);
      // A refusal (409) comes in the server's English: say it in the reader's language, and show the scan as it now is.
      if (isApiError(error, 409)) {
        setFailure(transition === 'open' && scan.closesOn < today() ? t('scans.actions.openPast') : t('scans.actions.conflict'));
        await refreshScans(queryClient, organisationId);
      } else setFailure(problemErrors(t, error, []).general);
    },
  });

  if (scan.status === 'closed') return null;
  return (
    <Stack gap="xs" data-testid="scan-actions">
      <Group gap="sm">
        {scan.status === 'draft' ? (
          <>
            <Button variant="default" onClick={onEdit} data-testid="scan-edit">
              {t('scans.actions.edit')}
            </Button>
            <Button onClick={() => move.mutate('open')} loading={move.isPending} data-testid="scan-open">
              {t('scans.actions.open')}
            </Button>
          </>
        ) : (
          <Button color="red" variant="light" onClick={() => setConfirmingClose(true)} data-testid="scan-close">
            {t('scans.actions.close')}
          </Button>
        )}
      </Group>
      <Text fz="xs" c="dimmed" maw={560}>
        {scan.status === 'draft' ? t('scans.actions.openHint') : t('scans.actions.closeHint', { date: format.date(scan.closesOn) })}
      </Text>
      {failure ? (
        <Alert color="red" variant="light" role="alert" maw={640}>
          {failure}
        </Alert>
      ) : null}
      <Modal
        opened={confirmingClose}
        onClose={() => setConfirmingClose(false)}
        title={t('scans.actions.closeTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        <Stack gap="sm" data-testid="scan-close-confirm">
          <Text fz="sm">{t('scans.actions.closeLinks')}</Text>
          <Text fz="sm">{t('scans.actions.closeResults', { min: scan.minResponses })}</Text>
          <Text fz="sm" fw={600}>
            {t('scans.actions.closeFinal')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => move.mutate('close')} loading={move.isPending} data-testid="scan-close-submit">
              {t('scans.actions.closeSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
