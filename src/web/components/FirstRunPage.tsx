import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type Session } from '../access.ts';
import { getSession, setUp } from '../auth-api.ts';
import {
  checkEmail,
  checkNewPassword,
  checkRepeat,
  checkRequired,
  hasErrors,
  problemErrors,
  type FieldErrors,
} from '../form-errors.ts';
import { ApiError } from '../http.ts';
import { useTextFields } from '../text-fields.ts';
import { AuthCard } from './AuthCard.tsx';

type Field = 'organisationName' | 'displayName' | 'email' | 'password' | 'repeat';
const SERVER_FIELDS = ['organisationName', 'displayName', 'email', 'password'] as const;

/**
 * The very first visit to an empty ledger: the first organisation and its first owner, who is
 * signed in straight away.
 */
export function FirstRunPage({ onDone, onAlreadyDone }: { onDone: (session: Session) => void; onAlreadyDone: () => void }) {
  const { t } = useTranslation();
  const { values, setErrors, general, setGeneral, field } = useTextFields<Field>({
    organisationName: '',
    displayName: '',
    email: '',
    password: '',
    repeat: '',
  });

  const mutation = useMutation({
    mutationFn: async () => {
      await setUp({
        organisationName: values.organisationName.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
      });
      const session = await getSession();
      if (!session) throw new Error('signed in, but the session is not there');
      return session;
    },
    onSuccess: onDone,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        onAlreadyDone();
        return;
      }
      const found = problemErrors(t, error, SERVER_FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      organisationName: checkRequired(t, values.organisationName),
      displayName: checkRequired(t, values.displayName),
      email: checkEmail(t, values.email),
      password: checkNewPassword(t, values.password),
      repeat: checkRepeat(t, values.repeat, values.password),
    };
    setErrors(found);
    setGeneral(null);
    if (!hasErrors(found)) mutation.mutate();
  };

  return (
    <AuthCard title={t('setup.title')} intro={t('setup.intro')}>
      {general ? (
        <Alert color="red" variant="light" title={t('setup.failedTitle')} role="alert">
          {general}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="md">
          <TextInput
            label={t('setup.organisationName')}
            description={t('setup.organisationNameHint')}
            autoComplete="organization"
            autoFocus
            {...field('organisationName')}
          />
          <TextInput label={t('account.displayName')} autoComplete="name" {...field('displayName')} />
          <TextInput label={t('account.email')} type="email" autoComplete="username" {...field('email')} />
          <PasswordInput
            label={t('account.password')}
            description={t('account.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            {...field('password')}
          />
          <PasswordInput label={t('account.repeatPassword')} autoComplete="new-password" {...field('repeat')} />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
