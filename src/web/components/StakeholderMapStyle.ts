import { DEFAULT_THEME } from '@mantine/core';
import { BAND_COLOR, type Band } from '../bands.ts';

/**
 * How a band looks on the map, in the chart and in its legend alike: the band's colour, and a
 * shape of its own so that colour is never the only cue. An uncertain reading is hollow with a
 * dashed edge: too little is known to give it a verdict's colour.
 */
export interface BandLook {
  readonly symbol: 'circle' | 'diamond' | 'triangle';
  readonly fill: string;
  readonly stroke: string;
  readonly dashed: boolean;
}

// BAND_COLOR names Mantine colours, so a shade is always found; grey is only there to satisfy the type.
const shade = (band: Band, index: number) => DEFAULT_THEME.colors[BAND_COLOR[band]]?.[index] ?? DEFAULT_THEME.colors.gray[6]!;

export const BAND_LOOK: Record<Band, BandLook> = {
  trust: { symbol: 'circle', fill: shade('trust', 6), stroke: shade('trust', 9), dashed: false },
  neutral: { symbol: 'diamond', fill: shade('neutral', 5), stroke: shade('neutral', 9), dashed: false },
  distrust: { symbol: 'triangle', fill: shade('distrust', 6), stroke: shade('distrust', 9), dashed: false },
  uncertain: { symbol: 'circle', fill: shade('uncertain', 0), stroke: shade('uncertain', 6), dashed: true },
};

/** The organisation in the centre, and the rings' lines and names. */
export const CENTRE_COLOR = DEFAULT_THEME.colors.teal[8]!;
export const RING_COLOR = DEFAULT_THEME.colors.gray[4]!;
export const RING_LABEL_COLOR = DEFAULT_THEME.colors.gray[7]!;
