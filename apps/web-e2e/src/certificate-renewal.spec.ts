import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, recordModuleMetForEveryone, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Renewal by refresher, on the demo's Rhodri Price (B7637RP): trained two years ago at Exeter,
 * his certificate expired last month. Modules 8 to 10 of the refresher are already met again;
 * the trainer records module 11, then the coordinator records a supervision and renews.
 */
test.describe.configure({ mode: 'serial' });

/** The demo names cohorts by the month they start; Rhodri's started 860 days before the demo was seeded. */
function rhodrisCohortName(): string {
  const start = new Date(Date.now() - 860 * 86_400_000);
  return `Exeter ${new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(start)}`;
}

async function openRhodri(page: Page): Promise<void> {
  await page.goto('/buddies?search=B7637RP');
  await expect(page.getByRole('main')).toContainText('Certificate expired');
  await page.getByRole('link', { name: 'Rhodri Price' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhodri Price' })).toBeVisible();
}

test('a trainer records the last refresher module for a buddy whose certificate has expired', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').getByRole('link', { name: rhodrisCohortName() }).click();
  await expect(page.getByRole('heading', { level: 1, name: rhodrisCohortName() })).toBeVisible();
  await page.getByTestId('progress-matrix').getByRole('link', { name: /^Module 11\b/ }).click();
  await recordModuleMetForEveryone(page, 1, 'Refresher: cleaned a cell with the recipient present, using the right kit');
  expect(problems).toEqual([]);
});

test('a coordinator sees what renewal needs, records a supervision and renews the expired certificate', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await openRhodri(page);
  await expect(page.getByTestId('eligibility')).toContainText('renew it by refresher instead');
  await expect(page.getByRole('button', { name: 'Issue certificate' })).toHaveCount(0);
  const expiredCard = page.locator('.govuk-summary-card').filter({ has: page.getByTestId('certificate-status').filter({ hasText: 'Expired' }) });
  await expect(expiredCard).toHaveCount(1);

  // Not yet: the last supervision was 40 days ago, and the page says so.
  await expiredCard.getByRole('button', { name: 'Renew certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Renew certificate PP-EXI-/ })).toBeVisible();
  await expect(page.getByTestId('renewal-reasons')).toContainText('has not been supervised in the last 28 days');
  await expect(page.getByTestId('refresher-criteria')).not.toContainText('Not yet');
  await expect(page.getByRole('button', { name: 'Renew certificate' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/renewal-waiting.png`, fullPage: true });

  await page.getByRole('link', { name: 'Record a supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a supervision' })).toBeVisible();
  await page.getByLabel('How long it lasted, in minutes').fill('30');
  await page.getByLabel('Hours worked as a buddy since the last supervision').fill('0');
  await page.getByLabel('4: Good').check();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Agreed actions (optional)').fill('Refresher done; renew the certificate.');
  await page.getByRole('button', { name: 'Record supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhodri Price' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(/Supervision on .* recorded/);

  await expiredCard.getByRole('button', { name: 'Renew certificate' }).click();
  await expect(page.getByTestId('renewal-ready')).toContainText('Ready to renew');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/renewal-ready.png`, fullPage: true });
  await page.getByRole('button', { name: 'Renew certificate' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rhodri Price' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(/Certificate renewed: PP-EXI-\d{4}-\d{5}, valid until/);
  await expect(page.getByTestId('certificate-status').filter({ hasText: 'Valid' })).toHaveCount(1);
  await expect(page.getByTestId('certificate-status').filter({ hasText: 'Renewed' })).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/renewal-done.png`, fullPage: true });
  expect(problems).toEqual([]);
});
