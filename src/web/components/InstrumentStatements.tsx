import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../api/schemas.ts';
import { useLocalized } from '../localized.ts';
import type { Instrument } from '../scans-api.ts';

/** An instrument's eighteen statements with the foundation each measures, and its open question. */
export function InstrumentStatements({ statements, openQuestion }: { statements: Instrument['statements']; openQuestion: Localized }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Stack gap="xs" data-testid="instrument-statements">
      <Table.ScrollContainer minWidth={300}>
        <Table verticalSpacing={6} className="tl-statements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('scans.instrument.number')}</Table.Th>
              <Table.Th scope="col">{t('scans.instrument.statement')}</Table.Th>
              <Table.Th scope="col">{t('scans.instrument.foundation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statements.map((statement, index) => (
              <Table.Tr key={statement.id} data-testid="instrument-statement">
                <Table.Td className="tl-number">{index + 1}</Table.Td>
                <Table.Td fz="sm">{localized(statement.text)}</Table.Td>
                <Table.Td fz="xs" c="dimmed" className="tl-nowrap">
                  {t(`foundation.${statement.foundation}`)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fz="sm">
        <Text span fw={600}>
          {t('scans.instrument.openQuestion')}
        </Text>{' '}
        {localized(openQuestion)}
      </Text>
    </Stack>
  );
}
