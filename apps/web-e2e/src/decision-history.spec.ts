import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * A trainer records two decisions on one knowledge criterion for one buddy (not yet met, then
 * met), and opens that buddy's decision history for the module: both are there, newest first.
 */

test('a trainer opens a buddy’s decision history on a module and sees every decision on a criterion', async ({ page }) => {
  const problems = watchConsole(page);
  const note = (what: string) => `${what} (${Date.now()})`;
  await signIn(page, 'trainer');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).filter({ hasText: 'Exeter' }).first().getByRole('link').click();
  const header = page.getByTestId('progress-matrix').locator('thead th[data-module-id]').first();
  await header.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Module \d+: / })).toBeVisible();

  const row = page.getByTestId('decisions-table').locator('tbody tr[data-buddy-id]').first();
  const buddyId = (await row.getAttribute('data-buddy-id')) ?? '';
  const criterion = page.locator('[data-criterion-kind="knowledge"]').first();
  const code = (await criterion.getAttribute('data-criterion-code')) ?? '';
  const criterionId = (await criterion.locator('input').getAttribute('value')) ?? '';

  const record = async (outcome: 'Met' | 'Not yet met', method: string, evidence: string) => {
    await page.locator(`input[name=criteria][value="${criterionId}"]`).check();
    await page.locator(`input[name=buddies][value="${buddyId}"]`).check();
    await page.getByLabel(method).check();
    await page.getByLabel(outcome, { exact: true }).check();
    await page.getByLabel('Evidence note').fill(evidence);
    await page.getByRole('button', { name: 'Record 1 decision' }).click();
    await expect(page.getByTestId('success-banner')).toContainText(`1 decision recorded as ${outcome.toLowerCase()}:`);
  };
  const first = note('Could not yet say where the limits of the role lie');
  const second = note('Explained the limits of the role clearly');
  await record('Not yet met', 'Written or verbal questions', first);
  await record('Met', 'Workbook', second);

  await row.locator('th').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /: decision history$/ })).toBeVisible();
  const history = page.locator(`[data-criterion-code="${code}"] tbody tr`);
  await expect(history.nth(0)).toContainText(second);
  await expect(history.nth(0)).toContainText('Met');
  await expect(history.nth(0)).toContainText('Workbook');
  await expect(history.nth(0)).toContainText('Tess Trainer');
  await expect(history.nth(1)).toContainText(first);
  await expect(history.nth(1)).toContainText('Not yet met');
  await expect(history.nth(1)).toContainText('Replaced by a later decision');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/decision-history.png`, fullPage: true });
  expect(problems).toEqual([]);
});
