import { Alert, Button, Group, Modal, Notification, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemErrors } from '../form-errors.ts';
import { refreshStakeholders } from '../stakeholder-queries.ts';
import type { Stakeholder } from '../../api/schemas.ts';
import { archiveStakeholder } from '../stakeholders-api.ts';
import { useWorkspace } from '../workspace.ts';

/**
 * Asks before a stakeholder is archived, and says what that means: it leaves the lists and the
 * overview, its history stays. Archiving is undone by restoring.
 */
export function StakeholderArchiveModal({
  stakeholder,
  onClose,
  onArchived,
}: {
  stakeholder: Stakeholder | null;
  onClose: () => void;
  onArchived: (stakeholder: Stakeholder) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={stakeholder !== null} onClose={onClose} title={t('stakeholderList.archiveTitle')} centered closeButtonProps={{ 'aria-label': t('common.closeDialog') }}>
      {stakeholder ? <ArchiveConfirm key={stakeholder.id} stakeholder={stakeholder} onCancel={onClose} onArchived={onArchived} /> : null}
    </Modal>
  );
}

function ArchiveConfirm({ stakeholder, onCancel, onArchived }: { stakeholder: Stakeholder; onCancel: () => void; onArchived: (stakeholder: Stakeholder) => void }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const archive = useMutation({
    mutationFn: () => archiveStakeholder(membership.organisationId, stakeholder.id),
    onSuccess: async (archived) => {
      onArchived(archived);
      await refreshStakeholders(queryClient, membership.organisationId);
    },
    onError: (failure) => setError(problemErrors(t, failure, []).general),
  });
  return (
    <Stack gap="sm">
      <Text fz="sm">{t('stakeholderList.archiveConfirm', { name: stakeholder.name })}</Text>
      <Text fz="sm" c="dimmed">
        {t('stakeholderList.archiveKept')}
      </Text>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={archive.isPending} onClick={() => archive.mutate()}>
          {t('stakeholderList.archiveSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The notice after archiving, with the way back; it stays until it is closed or used. */
export function StakeholderUndoNotice({
  stakeholder,
  restoring,
  onUndo,
  onClose,
}: {
  stakeholder: Stakeholder | null;
  restoring: boolean;
  onUndo: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="tl-undo-notice" role="status" aria-live="polite">
      {stakeholder ? (
        <Notification
          title={t('stakeholderList.archived', { name: stakeholder.name })}
          color="gray"
          withBorder
          closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
          onClose={onClose}
          data-testid="undo-notice"
        >
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text fz="sm">{t('stakeholderList.archivedDetail')}</Text>
            <Button size="compact-sm" variant="light" loading={restoring} onClick={onUndo}>
              {t('stakeholderList.undo')}
            </Button>
          </Group>
        </Notification>
      ) : null}
    </div>
  );
}
