import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCategoryLabel } from '../labels.ts';
import { receivedPhase, type StakeholderRow } from '../stakeholder-list.ts';
import { LastEntry } from './LastEntry.tsx';
import { TrustFigure } from './TrustFigure.tsx';

const DIRECTIONS = ['received', 'given'] as const;
const RATINGS = ['importance', 'influence', 'interest'] as const;

/** What an editor may do with a row; absent for viewers. */
export interface RowActions {
  readonly onEdit: (row: StakeholderRow) => void;
  readonly onArchive: (row: StakeholderRow) => void;
  readonly onRestore: (row: StakeholderRow) => void;
  /** The stakeholder whose restore is under way, if any. */
  readonly restoring: string | null;
}

/** The stakeholders the page shows, one row each: who they are (tags under the name), how much they weigh, and both trust accounts. */
export function StakeholderListTable({ rows, actions }: { rows: readonly StakeholderRow[]; actions: RowActions | null }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  return (
    <div className="tl-table-frame">
      <Table.ScrollContainer minWidth={actions ? 1180 : 1020} type="native">
        <Table aria-label={t('stakeholderList.tableLabel')} highlightOnHover verticalSpacing={8} horizontalSpacing="xs" className="tl-stakeholders tl-stakeholder-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="tl-sticky">
                {t('stakeholderList.column.name')}
              </Table.Th>
              <Table.Th scope="col">
                {t('stakeholderList.column.category')}
                <Text component="span" display="block" fz="xs" fw={400}>
                  {t('stakeholderList.column.level')}
                </Text>
              </Table.Th>
              {RATINGS.map((rating) => (
                <Table.Th key={rating} scope="col" ta="right" title={t(`stakeholderList.form.${rating}Hint`)}>
                  {t(`stakeholderList.column.${rating}`)}
                </Table.Th>
              ))}
              {DIRECTIONS.map((direction) => (
                <Table.Th key={direction} scope="col" className="tl-group-start" title={t(`directionHint.${direction}`)}>
                  {t(`stakeholderList.column.${direction}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('stakeholderList.column.phase')}</Table.Th>
              <Table.Th scope="col" title={t('stakeholders.lastEntryHint')}>
                {t('stakeholders.lastEntry')}
              </Table.Th>
              {actions ? <Table.Th scope="col">{t('stakeholderList.column.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const { stakeholder, relation } = row;
              const phase = receivedPhase(row);
              return (
                <Table.Tr key={stakeholder.id} data-stakeholder={stakeholder.id} data-archived={row.archived || undefined} className={row.archived ? 'tl-archived-row' : undefined}>
                  <Table.Th scope="row" className="tl-sticky tl-name">
                    {relation ? (
                      <Anchor
                        fw={600}
                        c="inherit"
                        className="tl-name-link"
                        renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: relation.id }} />}
                      >
                        {stakeholder.name}
                      </Anchor>
                    ) : (
                      stakeholder.name
                    )}
                    {row.archived ? (
                      <Badge color="gray" variant="outline" size="xs" radius="sm" tt="none" ml={6} data-testid="archived-badge">
                        {t('stakeholderList.archivedBadge')}
                      </Badge>
                    ) : null}
                    {stakeholder.tags.length > 0 ? (
                      <Group gap={4} mt={4} className="tl-tags" aria-label={t('stakeholderList.column.tags')} role="list">
                        {stakeholder.tags.map((tag) => (
                          <Badge key={tag} variant="default" size="xs" radius="sm" tt="none" fw={500} role="listitem">
                            {tag}
                          </Badge>
                        ))}
                      </Group>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    {categoryLabel(stakeholder.category)}
                    <Text component="span" display="block" fz="xs" c="dimmed">
                      {t(`level.${stakeholder.level}`)}
                    </Text>
                  </Table.Td>
                  {RATINGS.map((rating) => (
                    <Table.Td key={rating} ta="right" className="tl-number" data-testid={`${rating}-cell`}>
                      {stakeholder[rating]}
                    </Table.Td>
                  ))}
                  {DIRECTIONS.map((direction) => (
                    <Table.Td key={direction} className="tl-group-start" data-testid={`${direction}-trust`}>
                      {relation ? (
                        <TrustFigure reading={relation.accounts[direction].reading} />
                      ) : (
                        <Text component="span" fz="xs" c="dimmed">
                          {t('stakeholderList.noRelation')}
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td className="tl-nowrap">{phase ? t('phase.current', { phase: t(`phaseName.${phase}`) }) : '–'}</Table.Td>
                  <Table.Td className="tl-nowrap">{relation ? <LastEntry relation={relation} /> : '–'}</Table.Td>
                  {actions ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {row.archived ? (
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={t('stakeholderList.restoreNamed', { name: stakeholder.name })}
                            loading={actions.restoring === stakeholder.id}
                            onClick={() => actions.onRestore(row)}
                          >
                            {t('stakeholderList.restore')}
                          </Button>
                        ) : (
                          <>
                            <Button
                              size="compact-sm"
                              variant="light"
                              aria-label={t('stakeholderList.editNamed', { name: stakeholder.name })}
                              onClick={() => actions.onEdit(row)}
                            >
                              {t('stakeholderList.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="gray"
                              aria-label={t('stakeholderList.archiveNamed', { name: stakeholder.name })}
                              onClick={() => actions.onArchive(row)}
                            >
                              {t('stakeholderList.archive')}
                            </Button>
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
