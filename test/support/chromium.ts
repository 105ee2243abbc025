import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core: no browser download, which this
 * machine could not make anyway. CI installs the `chromium` package; elsewhere the tests say they
 * are skipped.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether Debian's Chromium is installed. */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

export const CHROMIUM_MISSING_NOTICE = `[tests] ${CHROMIUM_PATH} is not installed: browser tests are skipped (CI installs it)`;

/** A headless Chromium that stays off the network except for the pages it is sent to. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
