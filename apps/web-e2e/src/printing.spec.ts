import { workspaceRoot } from '@nx/devkit';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * The progress matrix stays readable on screen (only the matrix scrolls, the names stay put) and
 * prints whole: every module on one landscape page, with no link addresses.
 */
test('the progress matrix scrolls on its own on screen and prints every module on a landscape page', async ({ page }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).first().getByRole('link').click();
  const matrix = page.getByTestId('progress-matrix');
  await expect(matrix.locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print the progress matrix' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // On screen at 1280 px: the page itself does not scroll sideways, the matrix region does, and the names stay in view.
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  const firstName = matrix.locator('tbody tr[data-buddy-id] th').first();
  const before = await firstName.boundingBox();
  await page.getByRole('region', { name: /Progress by module/ }).evaluate((region) => region.scrollBy({ left: 400 }));
  await expect.poll(async () => (await firstName.boundingBox())?.x).toBe(before?.x);

  // On paper: landscape A4 less its margins is about 1047 CSS pixels wide; every module fits.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1047, height: 700 });
  await expect(page.getByRole('button', { name: 'Print the progress matrix' })).toBeHidden();
  const fit = await matrix.evaluate((table) => ({ right: table.getBoundingClientRect().right, page: document.documentElement.clientWidth, overflow: table.scrollWidth - table.clientWidth }));
  expect(fit.right).toBeLessThanOrEqual(fit.page);
  expect(fit.overflow).toBeLessThanOrEqual(0);
  await expect(matrix.locator('thead a').first()).toHaveCSS('content', /none|normal/);
  const pdf = await page.pdf({ path: `${workspaceRoot}/dist/e2e/screenshots/progress-matrix.pdf`, preferCSSPageSize: true, printBackground: true });
  expect(pdf.length).toBeGreaterThan(1000);
  await page.screenshot({ path: `${SCREENSHOTS}/progress-matrix-print.png`, fullPage: true });
  expect(problems).toEqual([]);
});

test('a trainer prints a blank paper register for a session still to come', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).first().getByRole('link').click();
  await expect(page.getByTestId('progress-matrix').locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  const active = await page.getByTestId('progress-matrix').locator('tbody tr[data-buddy-id]').filter({ hasNot: page.locator('th .govuk-tag', { hasText: 'Withdrawn' }) }).count();
  await page.getByRole('link', { name: /^Paper register/ }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Attendance register: / })).toBeVisible();
  await expect(page.getByTestId('blank-register').locator('tbody tr')).toHaveCount(active);
  await expect(page.getByTestId('blank-register').locator('thead')).toContainText("Buddy's signature");
  await expectNoAccessibilityViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the register' })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/blank-register-print.png`, fullPage: true });
  expect(problems).toEqual([]);
});
