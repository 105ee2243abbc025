import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's two darkest shades of a colour with darker ones: its light badges and buttons (shade 9
 * on the colour's lightest tints), its filled ones (white on shade 9) and their hover (white on
 * shade 8, Mantine's hover for shade 9) then reach the 4.5:1 contrast WCAG AA asks of small text.
 * The defaults stay at 3.1–4.4:1 for these three colours.
 */
function withDarkestShades(name: 'teal' | 'green' | 'orange', darkest: string, hover: string): MantineColorsTuple {
  const shades = [...DEFAULT_THEME.colors[name]];
  shades[8] = hover;
  shades[9] = darkest;
  return shades as unknown as MantineColorsTuple;
}

/** Calm and legible: one quiet accent colour, soft corners, the system's own fonts. */
export const theme = createTheme({
  primaryColor: 'teal',
  // Filled controls in the darkest shade, where white text on them is legible.
  primaryShade: 9,
  colors: {
    teal: withDarkestShades('teal', '#087a57', '#066246'),
    green: withDarkestShades('green', '#267937', '#1e6130'),
    orange: withDarkestShades('orange', '#bb3e0d', '#9c330a'),
  },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
});
