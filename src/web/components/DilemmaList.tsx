import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Dilemma } from '../decisions-api.ts';
import { useFormat } from '../format.ts';
import { ImpactBadge } from './ImpactBadge.tsx';

/** The dilemmas, open ones first: what each is about, how defining a moment, and what was chosen with its review date. */
export function DilemmaList({ dilemmas, editable }: { dilemmas: readonly Dilemma[]; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = [...dilemmas].sort((a, b) => Number(a.decision !== null) - Number(b.decision !== null));
  return (
    <Stack gap="sm" component="section" aria-labelledby="dilemmas-heading">
      <div>
        <Title order={3} fz="h3" id="dilemmas-heading">
          {t('decisions.dilemmas.heading')}
        </Title>
        <Text c="dimmed" fz="sm" maw={720}>
          {t('decisions.dilemmas.intro')}
        </Text>
      </div>
      {ordered.length === 0 ? (
        <Stack gap={4} className="tl-empty" data-testid="dilemmas-none">
          <Text fw={600}>{t('decisions.dilemmas.none')}</Text>
          <Text c="dimmed" fz="sm" maw={640}>
            {editable ? t('decisions.dilemmas.noneHint') : t('decisions.dilemmas.noneHintViewer')}
          </Text>
        </Stack>
      ) : (
        <div className="tl-table-frame">
          <Table.ScrollContainer minWidth={720} type="native">
            <Table aria-label={t('decisions.dilemmas.tableLabel')} verticalSpacing={8} horizontalSpacing="sm" fz="sm" data-testid="dilemma-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('decisions.dilemmas.column.title')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.dilemmas.column.impact')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.dilemmas.column.status')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.dilemmas.column.decided')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.dilemmas.column.reviewDue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((dilemma) => {
                  const chosen = dilemma.decision && dilemma.options.find((o) => o.id === dilemma.decision!.optionId);
                  return (
                    <Table.Tr key={dilemma.id} data-testid="dilemma-row">
                      <Table.Th scope="row" className="tl-decision-title">
                        <Anchor renderRoot={(props) => <Link {...props} to="/decisions/dilemmas/$dilemmaId" params={{ dilemmaId: dilemma.id }} />} fz="sm" fw={600}>
                          {dilemma.title}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <ImpactBadge impact={dilemma.impact} />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={dilemma.decision ? 'blue' : 'gray'} tt="none" radius="sm">
                          {t(dilemma.decision ? 'decisions.status.decided' : 'decisions.status.open')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{chosen ? chosen.title : <Text c="dimmed" fz="sm">{t('decisions.dilemmas.notDecided')}</Text>}</Table.Td>
                      <Table.Td className="tl-number">{dilemma.decision ? format.date(dilemma.decision.reviewOn) : '–'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </Stack>
  );
}
