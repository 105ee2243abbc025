import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's darkest shade of a colour with a darker one: its light badges and buttons (this shade
 * on the colour's lightest tints) and its filled ones (white on this shade) then reach the 4.5:1
 * contrast WCAG AA asks of small text. The defaults stay at 3.6–4.4:1 for these three colours.
 */
function withDarkestShade(name: 'teal' | 'green' | 'orange', darkest: string): MantineColorsTuple {
  const shades = [...DEFAULT_THEME.colors[name]];
  shades[9] = darkest;
  return shades as unknown as MantineColorsTuple;
}

/** Calm and legible: one quiet accent colour, soft corners, the system's own fonts. */
export const theme = createTheme({
  primaryColor: 'teal',
  // Filled controls in the darkest shade, where white text on them is legible.
  primaryShade: 9,
  colors: {
    teal: withDarkestShade('teal', '#087a57'),
    green: withDarkestShade('green', '#267937'),
    orange: withDarkestShade('orange', '#bb3e0d'),
  },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
});
