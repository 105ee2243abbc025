import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/schemas.ts';

/** Shown only when there are several organisations: which one to look at. */
export function OrganisationPicker({
  organisations,
  value,
  onChange,
}: {
  organisations: readonly Organisation[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('organisation.choose')}
      data={organisations.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={(id) => {
        if (id) onChange(id);
      }}
      allowDeselect={false}
      searchable={organisations.length > 8}
      w={{ base: '100%', sm: 360 }}
    />
  );
}
