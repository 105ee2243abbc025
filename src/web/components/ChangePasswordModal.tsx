import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../access.ts';
import { changePassword } from '../auth-api.ts';
import { checkNewPassword, checkRepeat, checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { useTextFields } from '../text-fields.ts';

type Field = 'currentPassword' | 'newPassword' | 'repeat';
const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing one's own password: the current one, the new one twice. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} title={t('password.title')} centered>
      {/* Mounted only while open: every opening starts with empty fields. */}
      {opened ? <ChangePasswordForm onClose={onClose} /> : null}
    </Modal>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { values, setErrors, general, setGeneral, field } = useTextFields<Field>({ currentPassword: '', newPassword: '', repeat: '' });
  const mutation = useMutation({
    mutationFn: () => changePassword(values.currentPassword, values.newPassword),
    onError: (error) => {
      const found = problemErrors(t, error, SERVER_FIELDS);
      // The server's words for a wrong current password are English; say it in the page's language.
      if (found.fields.currentPassword) found.fields.currentPassword = t('password.currentWrong');
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  if (mutation.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status" title={t('password.changedTitle')}>
          {t('password.changed')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      currentPassword: checkRequired(t, values.currentPassword),
      newPassword: checkNewPassword(t, values.newPassword),
      repeat: checkRepeat(t, values.repeat, values.newPassword),
    };
    setErrors(found);
    setGeneral(null);
    if (!hasErrors(found)) mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <PasswordInput label={t('password.current')} autoComplete="current-password" data-autofocus {...field('currentPassword')} />
        <PasswordInput
          label={t('password.new')}
          description={t('account.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          {...field('newPassword')}
        />
        <PasswordInput label={t('password.repeat')} autoComplete="new-password" {...field('repeat')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
