import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerStatistics, ScanFigures, ScanResult } from '../../api/scan-schemas.ts';
import { DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Dimension, type Foundation } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { useScanFormat } from '../scan-format.ts';
import { ScanDistribution, ScanDistributionLegend } from './ScanDistribution.tsx';

type Topic = { kind: 'dimension'; key: Dimension } | { kind: 'foundation'; key: Foundation } | { kind: 'overall'; key: 'overall' };

function statisticsOf(figures: ScanFigures | null | undefined, topic: Topic): AnswerStatistics | null {
  if (!figures) return null;
  if (topic.kind === 'dimension') return figures.byDimension[topic.key];
  if (topic.kind === 'foundation') return figures.byFoundation[topic.key];
  return figures.overall;
}

/** Each dimension followed by its three foundations, then all statements together. */
const TOPICS: readonly Topic[] = [
  ...DIMENSIONS.flatMap((dimension): Topic[] => [
    { kind: 'dimension', key: dimension },
    ...FOUNDATIONS_BY_DIMENSION[dimension].map((foundation): Topic => ({ kind: 'foundation', key: foundation })),
  ]),
  { kind: 'overall', key: 'overall' },
];

/**
 * The answers per dimension and foundation: mean, spread over 1–5 and the share that agreed,
 * beside the mean of the earlier scan of the same group when there is one.
 */
export function ScanFiguresTable({ figures, earlier }: { figures: ScanFigures; earlier: ScanResult['earlier'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scanFormat = useScanFormat();
  const compare = earlier?.figures ?? null;
  const label = (topic: Topic) =>
    topic.kind === 'dimension' ? t(`dimension.${topic.key}`) : topic.kind === 'foundation' ? t(`foundation.${topic.key}`) : t('scanResults.overall');

  return (
    <section aria-labelledby="scan-figures-heading" className="tl-scan-section">
      <Stack gap="sm">
        <div>
          <Title order={4} fz="h4" id="scan-figures-heading">
            {t('scanResults.figuresHeading')}
          </Title>
          <Text fz="sm" c="dimmed" data-testid="scan-earlier">
            {earlier === null
              ? t('scanResults.noEarlier')
              : compare === null
                ? t('scanResults.earlierWithheld', { title: earlier.title })
                : t('scanResults.earlierIntro', { title: earlier.title, date: format.date(earlier.closesOn), count: earlier.responses })}
          </Text>
        </div>
        <ScanDistributionLegend />
        <div className="tl-table-frame tl-scan-table-frame">
          <Table.ScrollContainer minWidth={340} type="native">
            <Table className="tl-scan-table" data-testid="scan-figures" verticalSpacing={6}>
              <caption className="tl-visually-hidden">{t('scanResults.figuresCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('scanResults.topic')}</Table.Th>
                  <Table.Th scope="col" className="tl-scan-num">
                    <Heading long={t('scanResults.mean')} short={t('scanResults.meanShort')} />
                  </Table.Th>
                  <Table.Th scope="col" className="tl-scan-spread-col">
                    <Heading long={t('scanResults.spread')} short={t('scanResults.spreadShort')} />
                  </Table.Th>
                  <Table.Th scope="col" className="tl-scan-num">
                    {t('scanResults.favourable')}
                  </Table.Th>
                  {compare ? (
                    <>
                      <Table.Th scope="col" className="tl-scan-num tl-scan-earlier-col">
                        {t('scanResults.earlierMean')}
                      </Table.Th>
                      <Table.Th scope="col" className="tl-scan-num">
                        <Heading long={t('scanResults.change')} short={t('scanResults.changeShort')} />
                      </Table.Th>
                    </>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {TOPICS.map((topic) => {
                  const stats = statisticsOf(figures, topic);
                  const before = statisticsOf(compare, topic);
                  return (
                    <Table.Tr key={topic.key} data-testid="scan-row" data-topic={topic.key} data-kind={topic.kind} className={`tl-scan-${topic.kind}`}>
                      <Table.Th scope="row">{label(topic)}</Table.Th>
                      {stats ? (
                        <>
                          <Table.Td className="tl-scan-num tl-number" data-testid="scan-mean">
                            {scanFormat.mean(stats.mean)}
                          </Table.Td>
                          <Table.Td>
                            <ScanDistribution distribution={stats.distribution} />
                          </Table.Td>
                          <Table.Td className="tl-scan-num tl-number" data-testid="scan-favourable">
                            {scanFormat.percent(stats.favourable)}
                          </Table.Td>
                        </>
                      ) : (
                        <Table.Td colSpan={3} c="dimmed">
                          {t('scanResults.noAnswers')}
                        </Table.Td>
                      )}
                      {compare ? (
                        <>
                          <Table.Td className="tl-scan-num tl-number tl-scan-earlier-col" data-testid="scan-earlier-mean">
                            {before ? scanFormat.mean(before.mean) : '–'}
                          </Table.Td>
                          <Table.Td className="tl-scan-num tl-number" data-testid="scan-change" data-direction={changeDirection(stats, before)}>
                            {stats && before ? scanFormat.change(stats.mean - before.mean) : '–'}
                          </Table.Td>
                        </>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      </Stack>
    </section>
  );
}

/** A column heading in full, or shortened on a phone (read aloud in full either way). */
function Heading({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="tl-scan-long">{long}</span>
      <span className="tl-scan-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/** Whether a mean rose or fell since the earlier scan, by at least a visible tenth. */
function changeDirection(now: AnswerStatistics | null, before: AnswerStatistics | null): 'up' | 'down' | 'same' | undefined {
  if (!now || !before) return undefined;
  const change = Math.round((now.mean - before.mean) * 10);
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}
