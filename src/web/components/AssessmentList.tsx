import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../decisions-api.ts';
import { useFormat } from '../format.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';

/** The weighed-trust assessments, those still to review first: whom, what was advised, the gut feeling, and when to look back. */
export function AssessmentList({ assessments, names, editable }: { assessments: readonly Assessment[]; names: ReadonlyMap<string, string>; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = [...assessments].sort((a, b) => Number(a.review !== null) - Number(b.review !== null));
  return (
    <Stack gap="sm" component="section" aria-labelledby="assessments-heading">
      <div>
        <Title order={3} fz="h3" id="assessments-heading">
          {t('decisions.assessments.heading')}
        </Title>
        <Text c="dimmed" fz="sm" maw={720}>
          {t('decisions.assessments.intro')}
        </Text>
      </div>
      {ordered.length === 0 ? (
        <Stack gap={4} className="tl-empty" data-testid="assessments-none">
          <Text fw={600}>{t('decisions.assessments.none')}</Text>
          <Text c="dimmed" fz="sm" maw={640}>
            {editable ? t('decisions.assessments.noneHint') : t('decisions.assessments.noneHintViewer')}
          </Text>
        </Stack>
      ) : (
        <div className="tl-table-frame">
          <Table.ScrollContainer minWidth={720} type="native">
            <Table aria-label={t('decisions.assessments.tableLabel')} verticalSpacing={8} horizontalSpacing="sm" fz="sm" data-testid="assessment-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('decisions.assessments.column.counterpart')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.assessments.column.leap')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.assessments.column.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.assessments.column.gut')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.assessments.column.reviewDue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((assessment) => (
                  <Table.Tr key={assessment.id} data-testid="assessment-row">
                    <Table.Th scope="row" className="tl-decision-title">
                      <Anchor renderRoot={(props) => <Link {...props} to="/decisions/assessments/$assessmentId" params={{ assessmentId: assessment.id }} />} fz="sm" fw={600}>
                        {names.get(assessment.stakeholderId) ?? t('decisions.unknownStakeholder')}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{assessment.leap}</Table.Td>
                    <Table.Td>
                      <OutcomeBadge outcome={assessment.outcome} />
                    </Table.Td>
                    <Table.Td>{t('decisions.gutValue', { gut: assessment.gut, word: t(`decisions.gut.${assessment.gut as 1}`) })}</Table.Td>
                    <Table.Td className="tl-number">
                      {assessment.review
                        ? t('decisions.assessments.reviewed', { honoured: t(`decisions.honoured.${assessment.review.honoured}`) })
                        : assessment.horizonOn
                          ? format.date(assessment.horizonOn)
                          : t('decisions.assessments.noHorizon')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </Stack>
  );
}
