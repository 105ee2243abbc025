import { Button, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisation } from '../api.ts';
import { checkRequired, problemErrors } from '../form-errors.ts';

/**
 * A signed-in user who belongs to no organisation (any more): wait for an invitation, or start an
 * organisation of their own.
 */
export function NoOrganisation({ onReload, onCreated }: { onReload: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => createOrganisation(name.trim()),
    onSuccess: onCreated,
    onError: (failure) => {
      const found = problemErrors(t, failure, ['name'] as const);
      setError(found.fields.name ?? found.general ?? undefined);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkRequired(t, name);
    setError(found);
    if (!found) mutation.mutate();
  };

  return (
    <Paper withBorder p="xl" maw={640} mx="auto" mt="xl" data-testid="no-organisation">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('empty.title')}
        </Title>
        <Text>{t('empty.description')}</Text>
        <Text fz="sm" c="dimmed">
          {t('empty.invitation')}
        </Text>
        <Button variant="light" onClick={onReload} style={{ alignSelf: 'flex-start' }}>
          {t('empty.reload')}
        </Button>
        <Divider label={t('empty.or')} labelPosition="center" />
        <form onSubmit={submit} noValidate aria-labelledby="create-organisation-title">
          <Stack gap="sm">
            <Title order={3} fz="h5" id="create-organisation-title">
              {t('empty.createTitle')}
            </Title>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('setup.organisationName')}
                description={t('empty.createHint')}
                autoComplete="organization"
                required
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={error}
                style={{ flex: 1, minWidth: 220 }}
              />
              <Button type="submit" loading={mutation.isPending} mt={{ base: 0, xs: 44 }}>
                {t('empty.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
