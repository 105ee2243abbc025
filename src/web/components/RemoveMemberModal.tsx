import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Member } from '../access.ts';
import { ApiError } from '../http.ts';
import { removeMember } from '../members-api.ts';

/** Asks before a member loses access to the organisation. */
export function RemoveMemberModal({
  organisationId,
  organisationName,
  member,
  onClose,
}: {
  organisationId: string;
  organisationName: string;
  member: Member | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (userId: string) => removeMember(organisationId, userId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'members'] });
      close();
    },
  });

  function close() {
    mutation.reset();
    onClose();
  }

  const error = mutation.error;
  const message =
    error instanceof ApiError && error.status === 409
      ? t('members.lastOwner')
      : error instanceof ApiError
        ? (error.problem?.detail ?? error.problem?.title ?? t('form.failed'))
        : error
          ? t('form.failed')
          : null;

  return (
    <Modal opened={member !== null} onClose={close} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} title={t('members.removeTitle')} centered>
      {member ? (
        <Stack gap="md">
          <Text>{t('members.removeConfirm', { name: member.displayName, organisation: organisationName })}</Text>
          {message ? (
            <Alert color="red" variant="light" role="alert">
              {message}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate(member.userId)}>
              {t('members.removeSubmit')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
