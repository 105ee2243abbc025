import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The first visit to an empty ledger: what it is for and the two ways to begin. */
export function NoOrganisation({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={640} mx="auto" mt="xl">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('empty.title')}
        </Title>
        <Text>{t('empty.description')}</Text>
        <Stack gap={6}>
          <Text fz="sm">{t('empty.demo')}</Text>
          <Code block>{t('empty.demoCommand')}</Code>
        </Stack>
        <Stack gap={6}>
          <Text fz="sm">{t('empty.create')}</Text>
          <Code block>{t('empty.createCommand')}</Code>
        </Stack>
        <Button variant="light" onClick={onReload} style={{ alignSelf: 'flex-start' }}>
          {t('empty.reload')}
        </Button>
      </Stack>
    </Paper>
  );
}
