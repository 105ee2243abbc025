import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { breachMarks, type BreachMark } from '../breach-marks.ts';
import { useBreaches } from '../breach-queries.ts';
import { echarts, SERIES_COLOR } from '../charts.ts';
import { useFormat } from '../format.ts';
import { useWorkspace } from '../workspace.ts';

/**
 * The breaches of an account on its trend: a dashed line on each breach's date and a solid one
 * on the day trust came back, as an ECharts mark line for the trust level's series, and the same
 * in words for those who do not see the chart.
 */
export function useTrendBreachMarks(account: Account, dates: readonly string[]) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const breaches = useBreaches(membership.organisationId, account.relationId);
  const marks = useMemo(() => breachMarks(breaches.data ?? [], account.id, dates), [breaches.data, account.id, dates]);

  const markLine = useMemo(() => {
    if (marks.length === 0) return undefined;
    const name = (m: BreachMark) => t(m.kind === 'breach' ? 'breaches.recovery.breachMark' : 'breaches.recovery.recoveredMark');
    return {
      symbol: ['none', 'none'],
      label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10, color: '#212529' },
      emphasis: { disabled: true },
      tooltip: {
        formatter: (p: { name: string; value: string | number }) =>
          `${echarts.format.encodeHTML(p.name)}: ${echarts.format.encodeHTML(format.date(new Date(p.value).toISOString()))}`,
      },
      data: marks.map((m) => ({
        name: name(m),
        xAxis: m.on,
        lineStyle: { type: m.kind === 'breach' ? 'dashed' : 'solid', width: 1.5, color: m.kind === 'breach' ? SERIES_COLOR.withdrawal : SERIES_COLOR.deposit },
      })),
    };
  }, [marks, t, format]);

  const summary =
    marks.length === 0 ? null : (
      <div className="tl-visually-hidden" data-testid={`trend-breaches-${account.direction}`}>
        <ul>
          {marks.map((m) => (
            <li key={`${m.breachId}-${m.kind}`} data-kind={m.kind}>
              {`${t(m.kind === 'breach' ? 'breaches.recovery.breachMark' : 'breaches.recovery.recoveredMark')}: ${format.date(m.on)}`}
            </li>
          ))}
        </ul>
      </div>
    );

  return { markLine, summary };
}
