import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan, ScanResult } from '../../api/scan-schemas.ts';
import { useFormat } from '../format.ts';
import { ApiError } from '../http.ts';
import { notify } from '../notices.ts';
import { refreshFigures } from '../queries.ts';
import { bookScan, unbookScan } from '../scan-results-api.ts';

/**
 * Letting the measured result count in the ledger: booking makes one survey entry per foundation
 * on every account the scan measured; undoing reverses them all. What it does is said before the
 * button, and asked again before it happens. Viewers see only whether it is booked.
 */
export function ScanBooking({ organisationId, scan, result, canEdit }: { organisationId: string; scan: Scan; result: ScanResult; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'book' | 'unbook' | null>(null);

  const [reason, setReason] = useState('');
  // The scan as the last booking or undoing returned it, until the page hands a newer one.
  const [changed, setChanged] = useState<{ base: Scan; now: Scan } | null>(null);
  const current = changed?.base === scan ? changed.now : scan;

  const change = useMutation({
    mutationFn: (action: 'book' | 'unbook') => (action === 'book' ? bookScan(organisationId, scan.id) : unbookScan(organisationId, scan.id, reason.trim())),
    onSuccess: async (now, action) => {
      setChanged({ base: scan, now });
      setAsking(null);
      setReason('');
      notify((tr) => (action === 'book' ? tr('scanResults.bookedNotice') : tr('scanResults.unbookedNotice')));
      // Every trust level of the accounts booked on may have moved, and the scan itself changed.
      await refreshFigures(queryClient, organisationId);
    },
  });

  const ask = (action: 'book' | 'unbook') => {
    change.reset();
    setAsking(action);
  };

  let status;
  if (result.kind === 'self') status = t('scanResults.bookingSelf');
  else if (current.booked) status = t('scanResults.booked', { count: current.bookedEntries.length });
  else if (result.figures === null) status = t('scanResults.bookingWithheld');
  else status = t('scanResults.notBooked');
  const canBook = canEdit && result.kind !== 'self' && !current.booked && result.figures !== null;
  const canUnbook = canEdit && current.booked;
  const failure = change.error instanceof ApiError ? (change.error.problem?.detail ?? change.error.message) : null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="scan-booking-heading" data-testid="scan-booking">
      <Stack gap="sm">
        <Title order={4} fz="h4" id="scan-booking-heading">
          {t('scanResults.bookingHeading')}
        </Title>
        {result.kind !== 'self' ? <Text fz="sm">{t('scanResults.bookingIntro', { date: format.date(result.closesOn) })}</Text> : null}
        <Text fz="sm" fw={600} data-testid="scan-booking-status" data-booked={current.booked}>
          {status}
        </Text>
        {canBook || canUnbook ? (
          <Group>
            {canBook ? (
              <Button onClick={() => ask('book')} data-testid="scan-book">
                {t('scanResults.book')}
              </Button>
            ) : (
              <Button variant="default" onClick={() => ask('unbook')} data-testid="scan-unbook">
                {t('scanResults.unbook')}
              </Button>
            )}
          </Group>
        ) : null}
      </Stack>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'unbook' ? t('scanResults.unbookTitle') : t('scanResults.bookTitle')}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        <Stack gap="md" data-testid="scan-booking-confirm">
          <Text fz="sm">{asking === 'unbook' ? t('scanResults.unbookConfirmText') : t('scanResults.bookConfirmText')}</Text>
          {asking === 'unbook' ? (
            <Textarea label={t('scanResults.unbookReason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          ) : null}
          {change.isError ? (
            <Alert color="red" variant="light" title={t('scanResults.bookFailed')} role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('scanResults.cancel')}
            </Button>
            <Button
              color={asking === 'unbook' ? 'orange' : undefined}
              loading={change.isPending}
              onClick={() => asking && change.mutate(asking)}
              data-testid="scan-booking-confirm-button"
            >
              {asking === 'unbook' ? t('scanResults.unbookConfirm') : t('scanResults.bookConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
