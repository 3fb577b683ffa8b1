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

/**
 * On a module's assessment page: every criterion for every buddy in the room, observed in
 * practice (observation evidences knowledge too) and met, in one submission.
 */
export async function recordModuleMetForEveryone(page: Page, buddies: number, evidenceNote: string): Promise<void> {
  const criteria = page.locator('input[name=criteria]');
  await expect(criteria.first()).toBeVisible();
  const decisions = (await criteria.count()) * buddies;
  await page.getByRole('button', { name: 'Select all criteria' }).click();
  await page.getByRole('button', { name: 'Select all buddies' }).click();
  await page.getByLabel('Observation in practice').check();
  await page.getByLabel('Met', { exact: true }).check();
  await page.getByLabel('Evidence note').fill(evidenceNote);
  await page.getByRole('button', { name: `Record ${decisions} decisions` }).click();
  await expect(page.getByTestId('success-banner')).toContainText(`${decisions} decisions recorded as met`);
}
