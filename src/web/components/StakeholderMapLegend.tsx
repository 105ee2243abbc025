import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Band } from '../bands.ts';
import { LEVELS } from '../map-layout.ts';
import { BAND_LOOK } from './StakeholderMapStyle.ts';

const SWATCH = 16;
/** From the best verdict to none at all. */
const BANDS: readonly Band[] = ['trust', 'neutral', 'distrust', 'uncertain'];

/** The shape and colour of a band as the map draws it, small enough to sit beside a word. */
function BandSwatch({ band }: { band: Band }) {
  const look = BAND_LOOK[band];
  const common = { fill: look.fill, stroke: look.stroke, strokeWidth: look.dashed ? 1.5 : 1, strokeDasharray: look.dashed ? '3 2' : undefined };
  const half = SWATCH / 2;
  return (
    <svg width={SWATCH} height={SWATCH} viewBox={`0 0 ${SWATCH} ${SWATCH}`} aria-hidden="true" focusable="false">
      {look.symbol === 'circle' ? <circle cx={half} cy={half} r={half - 1.5} {...common} /> : null}
      {look.symbol === 'diamond' ? <polygon points={`${half},1 ${SWATCH - 2},${half} ${half},${SWATCH - 1} 2,${half}`} {...common} /> : null}
      {look.symbol === 'triangle' ? <polygon points={`${half},1 ${SWATCH - 1},${SWATCH - 2} 1,${SWATCH - 2}`} {...common} /> : null}
    </svg>
  );
}

/** What the colours, shapes, sizes and rings of the map mean, in words. */
export function StakeholderMapLegend({ direction }: { direction: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" className="tl-map-legend" component="section" aria-labelledby="map-legend-title">
      <Title order={3} fz="h5" id="map-legend-title">
        {t('map.legendTitle')}
      </Title>
      <div>
        <Text fz="sm" mb={4}>
          {t('map.legendColour', { direction })}
        </Text>
        <List listStyleType="none" spacing={4} fz="sm">
          {BANDS.map((band) => (
            <List.Item key={band}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <span className="tl-map-swatch">
                  <BandSwatch band={band} />
                </span>
                <span>{band === 'uncertain' ? t('map.legendUncertain') : t(`band.${band}`)}</span>
              </Group>
            </List.Item>
          ))}
        </List>
      </div>
      <Text fz="sm">{t('map.legendSize')}</Text>
      <div>
        <Text fz="sm" mb={4}>
          {t('map.legendRings')}
        </Text>
        <List type="ordered" spacing={2} fz="sm">
          {LEVELS.map((level) => (
            <List.Item key={level}>{t(`level.${level}`)}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
