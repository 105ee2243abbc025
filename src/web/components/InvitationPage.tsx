import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type InvitationPreview, type Session } from '../access.ts';
import { acceptInvitation } from '../auth-api.ts';
import { checkEmail, checkNewPassword, checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { ApiError } from '../http.ts';
import { useInvitation } from '../queries.ts';
import { useTextFields } from '../text-fields.ts';
import { AuthCard } from './AuthCard.tsx';
import { ErrorState } from './ErrorState.tsx';
import { PageLoader } from './PageLoader.tsx';
import { RoleBadge } from './RoleBadge.tsx';

type Field = 'displayName' | 'email' | 'password';
const FIELDS = ['displayName', 'email', 'password'] as const;

/** An invitation link: which organisation, in which role, and the form to accept it. */
export function InvitationPage({ token, onAccepted, onLeave }: { token: string; onAccepted: (session: Session) => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  if (invitation.isError) {
    // 404: used, expired or never made; 400: not even the shape of a token.
    return invitation.error instanceof ApiError && (invitation.error.status === 404 || invitation.error.status === 400) ? (
      <InvitationGone onLeave={onLeave} />
    ) : (
      <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
    );
  }
  if (!invitation.data) return <PageLoader label={t('loading.invitation')} />;
  return <AcceptForm token={token} invitation={invitation.data} onAccepted={onAccepted} onLeave={onLeave} />;
}

function InvitationGone({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('invite.goneTitle')}>
      <Text>{t('invite.gone')}</Text>
      <Group>
        <Button variant="light" onClick={onLeave}>
          {t('invite.toApp')}
        </Button>
      </Group>
    </AuthCard>
  );
}

function AcceptForm({
  token,
  invitation,
  onAccepted,
  onLeave,
}: {
  token: string;
  invitation: InvitationPreview;
  onAccepted: (session: Session) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const { values, setErrors, general, setGeneral, field } = useTextFields<Field>({
    displayName: '',
    email: invitation.email ?? '',
    password: '',
  });
  const { displayName, email, password } = values;
  const [gone, setGone] = useState(false);
  const emailLocked = invitation.email !== null;

  const mutation = useMutation({
    mutationFn: () => acceptInvitation(token, { displayName: displayName.trim(), email: email.trim(), password }),
    onSuccess: onAccepted,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) {
        setGone(true);
        return;
      }
      const found = problemErrors(t, error, FIELDS);
      // The password was long enough, so the server's objection is that an account with this
      // address exists and this is not its password: say so in the page's language.
      if (found.fields.password) found.fields.password = t('invite.wrongPassword');
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  if (gone) return <InvitationGone onLeave={onLeave} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      displayName: checkRequired(t, displayName),
      email: checkEmail(t, email),
      password: checkNewPassword(t, password),
    };
    setErrors(found);
    setGeneral(null);
    if (!hasErrors(found)) mutation.mutate();
  };

  return (
    <AuthCard
      title={t('invite.title')}
      intro={
        <Stack gap={10}>
          <Text fz="sm" c="dimmed">
            {t('invite.intro')}
          </Text>
          <dl className="tl-facts" data-testid="invitation-summary">
            <dt>{t('invite.organisation')}</dt>
            <dd>
              <Text component="span" fw={600} c="dark">
                {invitation.organisationName}
              </Text>
            </dd>
            <dt>{t('invite.role')}</dt>
            <dd>
              <RoleBadge role={invitation.role} />
              <Text component="span" fz="xs" c="dimmed" ml={8}>
                {t(`roleHint.${invitation.role}`)}
              </Text>
            </dd>
          </dl>
        </Stack>
      }
    >
      {general ? (
        <Alert color="red" variant="light" title={t('invite.failedTitle')} role="alert">
          {general}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="auth-title">
        <Stack gap="md">
          <TextInput
            label={t('account.displayName')}
            autoComplete="name"
            autoFocus
            {...field('displayName')}
          />
          <TextInput
            label={t('account.email')}
            type="email"
            autoComplete="username"
            readOnly={emailLocked}
            variant={emailLocked ? 'filled' : 'default'}
            description={emailLocked ? t('invite.emailLocked') : undefined}
            {...field('email')}
          />
          <PasswordInput
            label={t('account.password')}
            description={t('invite.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            {...field('password')}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            {t('invite.submit')}
          </Button>
          <Text fz="xs" c="dimmed" ta="center">
            <Anchor component="button" type="button" fz="xs" onClick={onLeave}>
              {t('invite.notNow')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
