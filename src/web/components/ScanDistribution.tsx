import { useTranslation } from 'react-i18next';

const POINTS = [1, 2, 3, 4, 5] as const;

/** How the answers spread over 1–5: a thin stacked bar, its counts read aloud. */
export function ScanDistribution({ distribution }: { distribution: readonly number[] }) {
  const { t } = useTranslation();
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0] = distribution;
  return (
    <div
      className="tl-spread"
      role="img"
      aria-label={t('scanResults.distribution', { d1, d2, d3, d4, d5 })}
      data-testid="scan-spread"
      data-distribution={distribution.join(',')}
    >
      {POINTS.map((point, i) =>
        (distribution[i] ?? 0) > 0 ? <span key={point} className="tl-spread-part" data-point={point} style={{ flexGrow: distribution[i] }} /> : null,
      )}
    </div>
  );
}

/** What the colours of the bars mean. */
export function ScanDistributionLegend() {
  const { t } = useTranslation();
  return (
    <ul className="tl-spread-legend" aria-label={t('scanResults.legendLabel')}>
      {POINTS.map((point) => (
        <li key={point}>
          <span className="tl-spread-swatch" data-point={point} aria-hidden="true" />
          {t(`scanResults.scale.${point}`)}
        </li>
      ))}
    </ul>
  );
}
