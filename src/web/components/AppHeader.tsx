import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The bar at the top: the product's name, the language switch and, when signed in, the user's menu. */
export function AppHeader({ account = null }: { account?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <div style={{ minWidth: 0 }}>
          <Title order={1} fz="lg" lh={1.2} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {t('app.title')}
          </Title>
          <Text fz="xs" c="dimmed" truncate visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        {account}
      </Group>
    </Group>
  );
}
