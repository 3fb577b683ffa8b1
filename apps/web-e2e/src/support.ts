import AxeBuilder from '@axe-core/playwright';
import { workspaceRoot } from '@nx/devkit';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'peerpath-demo-2026';
/** Named screenshots, at the workspace root whichever folder Playwright runs from. */
export const SCREENSHOTS = `${workspaceRoot}/dist/e2e/screenshots`;
export const DOWNLOADS = `${workspaceRoot}/dist/e2e/downloads`;

/** No WCAG 2.2 A/AA violations found by axe-core on the page as it stands. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Fails the test on any CSP violation or console error, so a strict CSP stays satisfied. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/401 \(Unauthorized\)/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
