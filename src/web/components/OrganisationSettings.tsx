import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/schemas.ts';
import type { Membership } from '../access.ts';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';
import { editOrganisation } from '../organisation-api.ts';
import { SESSION_KEY, useOrganisation } from '../queries.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RoleBadge } from './RoleBadge.tsx';
import { SearchableSelect } from './SearchableSelect.tsx';

type Field = 'name' | 'timeZone';
const FIELDS: readonly Field[] = ['name', 'timeZone'];

/**
 * The organisation's own settings and the interface language. Owners rename the organisation and
 * choose its time zone (what "today" is); the others read them.
 */
export function OrganisationSettings({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(membership.organisationId);
  const [editing, setEditing] = useState(false);
  const owner = membership.role === 'owner';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-general">
      <Title order={3} fz="h4" id="settings-general" mb="sm">
        {t('settings.general')}
      </Title>
      <Stack gap="md">
        {editing && organisation.data ? (
          <OrganisationForm organisation={organisation.data} onDone={() => setEditing(false)} />
        ) : (
          <Group justify="space-between" align="flex-end" gap="md">
            <Group gap="xl" align="flex-start">
              <div>
                <Text fz="sm" c="dimmed">
                  {t('settings.organisation')}
                </Text>
                <Group gap="sm">
                  <Text fw={600} data-testid="settings-organisation">
                    {organisation.data?.name ?? membership.organisationName}
                  </Text>
                  <RoleBadge role={membership.role} />
                </Group>
              </div>
              {organisation.data ? (
                <div>
                  <Text fz="sm" c="dimmed">
                    {t('settings.timeZone')}
                  </Text>
                  <Text fw={600} data-testid="settings-time-zone">
                    {organisation.data.timeZone}
                  </Text>
                </div>
              ) : null}
            </Group>
            {owner && organisation.data ? (
              <Button variant="default" onClick={() => setEditing(true)} data-testid="organisation-edit">
                {t('settings.edit')}
              </Button>
            ) : null}
          </Group>
        )}
        <div>
          <Text fz="sm" c="dimmed" mb={4}>
            {t('language.label')}
          </Text>
          <LanguageSwitch />
        </div>
      </Stack>
    </Card>
  );
}

function OrganisationForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(organisation.name);
  const [timeZone, setTimeZone] = useState<string | null>(organisation.timeZone);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  // Every zone the browser knows; the server checks the choice again.
  const zones = useMemo(() => [...new Set([organisation.timeZone, ...Intl.supportedValuesOf('timeZone')])].sort(), [organisation.timeZone]);

  const changes = {
    ...(name.trim() !== organisation.name ? { name: name.trim() } : {}),
    ...(timeZone && timeZone !== organisation.timeZone ? { timeZone } : {}),
  };

  const save = useMutation({
    mutationFn: () => editOrganisation(organisation.id, changes),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['organisations', organisation.id, 'record'], saved);
      // The organisation's name travels with the session's memberships (header, picker).
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      notify((t) => t('settings.organisationSavedNotice'));
      onDone();
    },
    onError: (error) => {
      const found = problemErrors(t, error, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = { name: checkRequired(t, name), timeZone: timeZone ? undefined : t('form.required') };
    setErrors(found);
    setGeneral(null);
    if (hasErrors(found)) return;
    if (Object.keys(changes).length === 0) {
      setGeneral(t('settings.unchanged'));
      return;
    }
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="organisation-form">
      <Stack gap="sm" maw={520}>
        <TextInput label={t('settings.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required maxLength={200} />
        <SearchableSelect
          label={t('settings.timeZone')}
          description={t('settings.timeZoneHint')}
          data={zones}
          value={timeZone}
          onChange={setTimeZone}
          error={errors.timeZone}
          required
          comboboxProps={{ withinPortal: false }}
        />
        {general ? (
          <Text c="red.9" fz="sm" role="alert">
            {general}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
