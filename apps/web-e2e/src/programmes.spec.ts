import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * An admin changes the Buddy Support Worker programme: start a draft from the published version,
 * reword a criterion, save, publish, and see the new version listed as published.
 */

test('an admin drafts, edits and publishes a new version of Buddy Support Worker', async ({ page }) => {
  const problems = watchConsole(page);
  const newText = `Name the tasks a buddy may do on the wing, and the ones a buddy never does (${Date.now()}).`;
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex Admin' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Programmes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
  const programme = page.getByRole('region', { name: 'Buddy Support Worker' });
  await expect(programme.locator('tbody tr').first()).toContainText('Published');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programmes.png`, fullPage: true });

  // Start the draft from the latest published version.
  await programme.getByRole('link', { name: 'Start a new draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Version \S+ Published$/ })).toBeVisible();
  await expect(page.getByTestId('module-1')).toContainText('Knowledge');
  const label = await page.getByLabel('Version label').inputValue();
  expect(label).toMatch(/^[\w.-]+$/);
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Start a new draft' }).click();

  await expect(page).toHaveURL(/\/programmes\/versions\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByRole('heading', { level: 1, name: `Edit draft ${label}` })).toBeVisible();
  const criterion = page.locator('#m0-o0-c0-text');
  await expect(criterion).not.toHaveValue('');
  await criterion.fill(newText);
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.locator('#saved-banner')).toContainText('Draft saved.');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programme-edit.png` });

  // Publish, after confirming.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('publish-confirmation')).toContainText('can no longer change');
  await page.getByRole('button', { name: `Yes, publish ${label}` }).click();

  await expect(page).toHaveURL(/\/programmes$/);
  await expect(page.getByRole('alert')).toContainText(`Buddy Support Worker ${label} is published.`);
  const newest = page.getByRole('region', { name: 'Buddy Support Worker' }).locator('tbody tr').first();
  await expect(newest).toContainText(label);
  await expect(newest.locator('.govuk-tag')).toHaveText('Published');
  await expectNoAccessibilityViolations(page);

  // The published version says what was saved, and no one can edit it now.
  await newest.getByRole('link').click();
  await expect(page.getByTestId('module-1')).toContainText(newText);
  await expect(page.getByRole('link', { name: 'Edit this draft' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a trainer browses programmes read-only', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tess Trainer' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Programmes' }).click();
  await expect(page.getByRole('region', { name: 'Care Certificate' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Start a new draft|Edit draft/ })).toHaveCount(0);

  await page.getByRole('region', { name: 'Buddy Support Worker' }).locator('tbody tr a').first().click();
  await expect(page.getByTestId('module-14')).toBeVisible();
  await expect(page.locator('form')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  expect(problems).toEqual([]);
});
