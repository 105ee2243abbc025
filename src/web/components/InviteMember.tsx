import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Role } from '../access.ts';
import { checkEmail, problemErrors, type FieldErrors } from '../form-errors.ts';
import { createInvitation } from '../members-api.ts';
import { InvitationLink } from './InvitationLink.tsx';

type Field = 'role' | 'email';
const FIELDS = ['role', 'email'] as const;

/** An owner invites someone: a role, optionally the one address that may use it, and a link to send. */
export function InviteMember({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('viewer');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createInvitation(organisationId, email.trim() ? { role, email: email.trim() } : { role }),
    onSuccess: () => {
      setEmail('');
      setErrors({});
      setGeneral(null);
    },
    onError: (error) => {
      const found = problemErrors(t, error, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  if (mutation.data) {
    return <InvitationLink invitation={mutation.data} onDone={() => mutation.reset()} />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const emailError = email.trim() === '' ? undefined : checkEmail(t, email);
    setErrors({ email: emailError });
    setGeneral(null);
    if (!emailError) mutation.mutate();
  };

  return (
    <section aria-labelledby="invite-title" className="tl-invite">
      <Title order={3} fz="h5" id="invite-title" mb={4}>
        {t('invite.createTitle')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {t('invite.createIntro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="invite-title">
        <Stack gap="sm">
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <Select
              label={t('invite.roleLabel')}
              data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
              value={role}
              onChange={(value) => {
                if (isRole(value)) setRole(value);
              }}
              allowDeselect={false}
              description={t(`roleHint.${role}`)}
              error={errors.role}
              w={{ base: '100%', sm: 220 }}
            />
            <TextInput
              label={t('invite.emailLabel')}
              description={t('invite.emailHint')}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
              w={{ base: '100%', sm: 300 }}
            />
            <Button type="submit" loading={mutation.isPending} mt={{ base: 0, sm: 44 }}>
              {t('invite.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
