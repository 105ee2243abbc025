import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statementUrl } from '../statement-url.ts';

/** The social-capital statement of today beside a year ago: as a page in a new tab, or as a PDF. */
export function StatementLinks({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="statement-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Text id="statement-title" fw={600}>
            {t('statement.title')}
          </Text>
          <Text fz="sm" c="dimmed">
            {t('statement.hint')}
          </Text>
        </div>
        <Group gap="md">
          <Anchor href={statementUrl(organisationId, i18n.language, 'html')} target="_blank" rel="noopener" data-testid="statement-html">
            {t('statement.html')}
          </Anchor>
          <Anchor href={statementUrl(organisationId, i18n.language, 'pdf')} download data-testid="statement-pdf">
            {t('statement.pdf')}
          </Anchor>
        </Group>
      </Group>
    </Paper>
  );
}
