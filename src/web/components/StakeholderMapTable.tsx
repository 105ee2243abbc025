import { Anchor, Table, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BandBadge } from './BandBadge.tsx';
import type { MapPoint } from './StakeholderMapChart.tsx';

export interface MapRow extends MapPoint {
  readonly level: string;
}

/** The map in words: every stakeholder on it, in the map's order, with the figures of the chosen direction. */
export function StakeholderMapTable({ rows, direction }: { rows: readonly MapRow[]; direction: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="map-table-title">
      <Title order={3} fz="h4" id="map-table-title" mb="xs">
        {t('map.tableTitle')}
      </Title>
      <div className="tl-table-frame">
        <Table.ScrollContainer minWidth={720} type="native">
          <Table verticalSpacing={6} horizontalSpacing="xs" data-testid="map-table" captionSide="top">
            <Table.Caption className="tl-visually-hidden">{t('map.tableCaption', { direction })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stakeholders.name')}</Table.Th>
                <Table.Th scope="col">{t('stakeholders.category')}</Table.Th>
                <Table.Th scope="col">{t('stakeholders.level')}</Table.Th>
                <Table.Th scope="col">{t('map.band')}</Table.Th>
                <Table.Th scope="col" ta="right" title={t('stakeholders.trustLevelHint')}>
                  {t('stakeholders.trustLevel')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('stakeholders.balance')}
                </Table.Th>
                <Table.Th scope="col">{t('map.phase')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.relationId} data-band={row.band}>
                  <Table.Th scope="row" className="tl-name">
                    <Anchor
                      fw={600}
                      c="inherit"
                      className="tl-name-link"
                      renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: row.relationId }} />}
                    >
                      {row.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{row.category}</Table.Td>
                  <Table.Td>{row.level}</Table.Td>
                  <Table.Td>
                    <BandBadge band={row.band} />
                  </Table.Td>
                  <Table.Td ta="right">{row.trust}</Table.Td>
                  <Table.Td ta="right">{row.balance}</Table.Td>
                  <Table.Td>{row.phase}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
    </section>
  );
}
