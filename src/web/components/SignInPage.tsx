import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../access.ts';
import { signIn } from '../auth-api.ts';
import { checkEmail, checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { ApiError } from '../http.ts';
import { AuthCard } from './AuthCard.tsx';
import { WaitTime } from './WaitTime.tsx';

type Field = 'email' | 'password';

/**
 * Signing in with email and password. A wrong combination gets one message whatever was wrong,
 * so the page never tells whether an address has an account. A forgotten password is reset with a
 * link made on the server; the page only says whom to ask, and has no address field to probe.
 */
export function SignInPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [forgotOpen, setForgotOpen] = useState(false);
  const mutation = useMutation({ mutationFn: () => signIn(email.trim(), password), onSuccess: onSignedIn });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = { email: checkEmail(t, email), password: checkRequired(t, password) };
    setErrors(found);
    if (!hasErrors(found)) mutation.mutate();
  };

  const error = mutation.error;
  let alert = null;
  if (error instanceof ApiError && error.status === 401) {
    alert = (
      <Alert color="red" variant="light" title={t('signIn.wrongTitle')} role="alert">
        {t('signIn.wrong')}
      </Alert>
    );
  } else if (error instanceof ApiError && error.status === 429) {
    alert = (
      <Alert color="orange" variant="light" title={t('signIn.tooManyTitle')} role="alert">
        {error.retryAfterSeconds !== null ? (
          <WaitTime seconds={error.retryAfterSeconds} />
        ) : (
          (error.problem?.detail ?? t('signIn.tooMany'))
        )}
      </Alert>
    );
  } else if (error) {
    alert = (
      <Alert color="red" variant="light" title={t('signIn.failedTitle')} role="alert">
        {problemErrors(t, error, []).general}
      </Alert>
    );
  }

  return (
    <AuthCard title={t('signIn.title')} intro={t('signIn.intro')}>
      {expired && !mutation.isError ? (
        <Alert color="blue" variant="light" title={t('signIn.expiredTitle')} role="status" data-testid="session-expired">
          {t('signIn.expired')}
        </Alert>
      ) : null}
      {alert}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="md">
          <TextInput
            label={t('account.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            autoFocus
          />
          <PasswordInput
            label={t('account.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            {t('signIn.submit')}
          </Button>
          <Stack gap={6} align="center">
            <Anchor
              component="button"
              type="button"
              fz="xs"
              aria-expanded={forgotOpen}
              aria-controls="forgot-password-help"
              onClick={() => setForgotOpen((open) => !open)}
            >
              {t('signIn.forgot')}
            </Anchor>
            <Text id="forgot-password-help" fz="xs" c="dimmed" ta="center" hidden={!forgotOpen} data-testid="forgot-password-help">
              {t('signIn.forgotHelp')}
            </Text>
          </Stack>
        </Stack>
      </form>
    </AuthCard>
  );
}
