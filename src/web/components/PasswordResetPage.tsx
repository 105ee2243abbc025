import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../access.ts';
import { resetPassword } from '../auth-api.ts';
import { checkNewPassword, checkRepeat, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { ApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { SESSION_KEY } from '../queries.ts';
import { useTextFields } from '../text-fields.ts';
import { AuthCard } from './AuthCard.tsx';

type Field = 'newPassword' | 'repeat';
const SERVER_FIELDS = ['newPassword'] as const;

/** The server's one answer for a link that is unknown, used or expired: it does not say which. */
function linkDoesNotWork(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && Boolean(error.problem?.type.endsWith('/reset-link-invalid'));
}

/**
 * A password reset link (`/reset/<token>`), made on the server by whoever runs Trust Ledger: the
 * form to choose a new password, then the way to sign in with it. The page shows nothing about
 * the account — not even its address — and asks the server nothing before the password is sent.
 */
export function PasswordResetPage() {
  const { token } = useParams({ from: '/reset/$token' });
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<'done' | 'gone' | null>(null);
  usePageTitle(t('reset.title'));
  const toSignIn = () => void navigate({ to: '/', replace: true });

  if (outcome === 'gone') {
    return (
      <AuthCard title={t('reset.goneTitle')}>
        <Text>{t('reset.gone')}</Text>
        <Group>
          <Button variant="light" onClick={toSignIn}>
            {t('reset.toSignIn')}
          </Button>
        </Group>
      </AuthCard>
    );
  }
  if (outcome === 'done') {
    return (
      <AuthCard title={t('reset.doneTitle')}>
        <Alert color="teal" variant="light" role="status" data-testid="password-reset-done">
          {t('reset.done')}
        </Alert>
        <Group>
          <Button onClick={toSignIn} autoFocus>
            {t('reset.toSignIn')}
          </Button>
        </Group>
      </AuthCard>
    );
  }
  return (
    <ResetForm
      token={token}
      onDone={() => {
        // Every session of the account has ended; if this browser held one, it is gone too.
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        setOutcome('done');
      }}
      onGone={() => setOutcome('gone')}
    />
  );
}

function ResetForm({ token, onDone, onGone }: { token: string; onDone: () => void; onGone: () => void }) {
  const { t } = useTranslation();
  const { values, setErrors, general, setGeneral, field } = useTextFields<Field>({ newPassword: '', repeat: '' });
  const mutation = useMutation({
    mutationFn: () => resetPassword(token, values.newPassword),
    onSuccess: onDone,
    onError: (error) => {
      if (linkDoesNotWork(error)) {
        onGone();
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
      newPassword: checkNewPassword(t, values.newPassword),
      repeat: checkRepeat(t, values.repeat, values.newPassword),
    };
    setErrors(found);
    setGeneral(null);
    if (!hasErrors(found)) mutation.mutate();
  };

  return (
    <AuthCard title={t('reset.title')} intro={t('reset.intro')}>
      {general ? (
        <Alert color="red" variant="light" title={t('reset.failedTitle')} role="alert">
          {general}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="md">
          <PasswordInput
            label={t('password.new')}
            description={t('account.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            autoFocus
            {...field('newPassword')}
          />
          <PasswordInput label={t('password.repeat')} autoComplete="new-password" {...field('repeat')} />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
