import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scan } from '../../api/scan-schemas.ts';
import { useStakeholderNames } from '../stakeholder-names.ts';

/**
 * Choosing a part of the scan's group to read the result for. The server decides whether a part
 * may be shown; the page only asks, and says why when the answer is no.
 */
export function ScanSegments({
  organisationId,
  scan,
  value,
  onChange,
  pending,
}: {
  organisationId: string;
  scan: Scan;
  value: readonly string[];
  onChange: (segments: readonly string[]) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const nameOf = useStakeholderNames(organisationId);
  const [chosen, setChosen] = useState<string[]>([...value]);
  const options = scan.members.map((id) => ({ value: id, label: nameOf(id) })).sort((a, b) => a.label.localeCompare(b.label));

  const show = (event: FormEvent) => {
    event.preventDefault();
    onChange([...chosen].sort());
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="scan-segments-heading" data-testid="scan-segments">
      <form onSubmit={show}>
        <Stack gap="sm">
          <div>
            <Title order={4} fz="h5" id="scan-segments-heading">
              {t('scanResults.segmentsHeading')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('scanResults.segmentsIntro', { min: scan.minResponses })}
            </Text>
          </div>
          <Group align="flex-end" gap="sm">
            <MultiSelect
              label={t('scanResults.segmentsLabel')}
              placeholder={chosen.length === 0 ? t('scanResults.segmentsPlaceholder') : undefined}
              data={options}
              value={chosen}
              onChange={setChosen}
              searchable
              clearable
              maw={520}
              style={{ flex: '1 1 260px' }}
              data-testid="scan-segments-select"
            />
            <Button type="submit" variant="light" disabled={chosen.length === 0} loading={pending && value.length > 0} data-testid="scan-segments-show">
              {t('scanResults.segmentsShow')}
            </Button>
            {value.length > 0 ? (
              <Button
                variant="subtle"
                onClick={() => {
                  setChosen([]);
                  onChange([]);
                }}
                data-testid="scan-segments-whole"
              >
                {t('scanResults.segmentsWhole')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
