import { Group, Loader, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the page looks like while the figures load: the shape of what is coming, never a blank screen. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('loading.label')}</Text>
      </Group>
      <Skeleton height={28} width="40%" />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Skeleton height={190} />
        <Skeleton height={190} />
      </SimpleGrid>
      <Stack gap="xs">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={36} />
        ))}
      </Stack>
    </Stack>
  );
}
