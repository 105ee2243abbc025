import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../access.ts';
import { RoleBadge } from './RoleBadge.tsx';

/** Shown only when the user belongs to several organisations: which one to look at, with their role in each. */
export function OrganisationPicker({
  memberships,
  value,
  onChange,
}: {
  memberships: readonly Membership[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const roles = new Map(memberships.map((m) => [m.organisationId, m.role]));
  return (
    <Select
      label={t('organisation.choose')}
      data={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
      value={value}
      onChange={(id) => {
        if (id) onChange(id);
      }}
      renderOption={({ option }) => {
        const role = roles.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" gap="sm" w="100%">
            <Text fz="sm" truncate>
              {option.label}
            </Text>
            {role ? <RoleBadge role={role} size="xs" /> : null}
          </Group>
        );
      }}
      allowDeselect={false}
      searchable={memberships.length > 8}
      w={{ base: '100%', sm: 360 }}
    />
  );
}
