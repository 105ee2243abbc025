import type { Reading } from '../api/schemas.ts';

export type Band = Reading['band'];

/** The colour of each band: distrust red, neutral orange, trust green, uncertain grey. */
export const BAND_COLOR: Record<Band, string> = {
  distrust: 'red',
  neutral: 'orange',
  trust: 'green',
  uncertain: 'gray',
};
