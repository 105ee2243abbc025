import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * What the browser tests share: where the built page and the screenshots live, the demo logins,
 * signing in through the page itself, and a record of what went wrong in the page.
 */
export const WEB_ROOT = resolve('dist/web');
export const RESULTS = resolve('test-results');

export const DEMO_PASSWORD = 'lindenhof-demo';
export const DEMO_USERS = {
  owner: 'owner@lindenhof.example',
  editor: 'editor@lindenhof.example',
  viewer: 'viewer@lindenhof.example',
} as const;

/** Fails early, with the fix, when the page has not been built; makes the screenshot folder. */
export function requireBuiltPage(): void {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`${WEB_ROOT}/index.html is missing: run \`npm run build\` first (\`npm test\` builds before vitest runs).`);
  }
  mkdirSync(RESULTS, { recursive: true });
}

export function screenshotPath(name: string): string {
  return join(RESULTS, `${name}.png`);
}

const EMAIL_LABEL = /^(E-mailadres|Email address)/;
const PASSWORD_LABEL = /^(Wachtwoord|Password)/;
const SIGN_IN = /^(Aanmelden|Sign in)$/;

/** Waits for the sign-in page (Dutch or English). */
export async function waitForSignInPage(page: Page): Promise<void> {
  await page.getByRole('heading', { name: SIGN_IN }).waitFor();
}

/** Signs in through the sign-in page, as a person would; does not wait for what follows. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await waitForSignInPage(page);
  await page.getByLabel(EMAIL_LABEL).fill(email);
  await page.getByLabel(PASSWORD_LABEL).fill(password);
  await page.getByRole('button', { name: SIGN_IN }).click();
}

/** Signs in and waits until an organisation is shown. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await submitSignIn(page, email, password);
  await page.getByTestId('organisation-name').waitFor();
}

/**
 * Collects what should never happen in the page: uncaught errors, console errors, and Content
 * Security Policy violations (both as the browser reports them in the console and as events).
 */
export function watchForProblems(page: Page): { problems: string[]; cspViolations: string[] } {
  const problems: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) cspViolations.push(text);
    // A refused sign-in, a field the server rejects, an ended session or a spent survey link shows
    // in the console as a failed request: expected, and the tests check what the page makes of it.
    else if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of (400|401|404|409|410|429)/.test(text)) {
      problems.push(`console: ${text}`);
    }
  });
  void page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return { problems, cspViolations };
}

/** The CSP violations the page itself saw (see `watchForProblems`). */
export function pageCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
