import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The bar at the top: the product's name and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <div style={{ minWidth: 0 }}>
          <Title order={1} fz="lg" lh={1.2}>
            {t('app.title')}
          </Title>
          <Text fz="xs" c="dimmed" truncate visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <LanguageSwitch />
    </Group>
  );
}
