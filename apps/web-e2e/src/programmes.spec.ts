import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * An admin changes the Buddy Support Worker programme: start a draft from the published version,
 * open module 1 from the draft's contents, meet the error summary, be warned before leaving
 * unsaved changes, save the module, publish, and see the new version listed as published.
 */

/** No sideways scrolling of the whole page at 320 CSS pixels (WCAG 1.4.10 reflow). */
async function expectNoPageScrollAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);
}

test('an admin drafts, edits a module and publishes a new version of Buddy Support Worker', async ({ page }) => {
  // A long journey over nine pages, each checked with axe (several seconds each on a busy machine).
  test.setTimeout(300_000);
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

  // The draft's contents: one line per module, nothing changed yet.
  await expect(page).toHaveURL(/\/programmes\/versions\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByRole('heading', { level: 1, name: `Edit draft ${label}` })).toBeVisible();
  const modules = page.getByTestId('modules').getByRole('listitem');
  await expect(modules).toHaveCount(14);
  await expect(page.getByTestId('module-1')).toContainText('Not changed');
  await expectNoAccessibilityViolations(page);
  await expectNoPageScrollAt320(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programme-draft-contents.png`, fullPage: true });

  // Module 1 on its own page.
  await page.getByRole('link', { name: /^Module 1: / }).click();
  await expect(page).toHaveURL(/\/modules\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Module 1: / })).toBeVisible();
  const criterion = page.locator('#o0-c0-text');
  await expect(criterion).not.toHaveValue('');
  const stored = await criterion.inputValue();
  await expectNoAccessibilityViolations(page);
  await expectNoPageScrollAt320(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programme-module.png`, fullPage: true });

  // An empty criterion is refused: the summary names the module and the criterion, and links to it.
  await criterion.fill('');
  await page.getByRole('button', { name: 'Save module 1' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText('Module 1, criterion 1.1.1: Enter the criterion text');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programme-module-errors.png` });
  await summary.getByRole('link', { name: /Module 1, criterion 1\.1\.1/ }).click();
  await expect(criterion).toBeFocused();

  // Leaving with unsaved changes asks first; staying keeps them. (A dialog blocks the page, so it is answered as it opens.)
  await criterion.fill(newText);
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: /Next module/ }).click();
  await expect.poll(() => dialogs).toEqual(['confirm: You have not saved your changes to module 1. Leave this page and lose them?']);
  await expect(page).toHaveURL(/\/modules\/1$/);
  await expect(criterion).toHaveValue(newText);

  // Reloading the tab asks too (the browser's own dialog, in its own words); going ahead loses the change.
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs.at(-1)).toBe('beforeunload');
  // The whole app starts again after a reload, which on a busy machine can take longer than a page change.
  await expect(page.getByRole('heading', { level: 1, name: /^Module 1: / })).toBeVisible({ timeout: 30_000 });
  await expect(criterion).toHaveValue(stored);

  // Save the module: back to the contents, which says so and marks it changed.
  await criterion.fill(newText);
  await page.getByRole('button', { name: 'Save module 1' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByTestId('success-banner')).toContainText(/Module 1, .+, saved/);
  await expect(page.getByTestId('module-1')).toContainText('Changed');
  await expect(page.getByTestId('module-2')).toContainText('Not changed');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/programme-draft-saved.png` });

  // Publish, after confirming.
  await page.getByRole('button', { name: `Publish ${label}`, exact: true }).click();
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
  // The one refused save is the empty criterion above; nothing else may go wrong.
  expect(problems.filter((p) => !/status of 400 \(Bad Request\)/.test(p))).toEqual([]);
  expect(problems).toHaveLength(1);
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
