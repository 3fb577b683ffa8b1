import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * The coordinator's side of a buddy's record, on the demo scheme at Exeter: the supervision
 * due lists, Xavier Young's journey, supervision and kiosk PIN, a concern that suspends his
 * certificate while it is reviewed (reinstated afterwards, so other journeys find him as the
 * demo describes him), and Dartmoor's scheme policy. Elliot and Gareth are left alone: the
 * allocation journey certifies and allocates them.
 */

const summary = (page: Page) => page.locator('.govuk-error-summary');
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

async function openXavier(page: Page): Promise<void> {
  await page.goto('/buddies?search=B2182XY');
  await page.getByRole('link', { name: 'Xavier Young' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xavier Young' })).toBeVisible();
}

test('a coordinator sees who is due supervision, records one and sets a kiosk PIN', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  await menu(page).getByRole('link', { name: 'Supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision due' })).toBeVisible();
  await expect(page.getByTestId('overdue')).toContainText('Aled Bowen');
  await expect(page.getByTestId('overdue')).toContainText(/Overdue by \d+ days?/);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/supervision-due.png`, fullPage: true });
  await page.getByLabel('Prison', { exact: true }).selectOption('DAI');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/supervision\?prison=DAI$/);
  await expect(page.getByTestId('overdue-empty')).toBeVisible();

  // Xavier: certified, supervised, allocated. His journey reads newest first.
  await openXavier(page);
  await expect(page.getByTestId('journey')).toContainText('Certificate issued');
  await expect(page.getByTestId('journey')).toContainText('Allocated to support');
  await expect(page.getByTestId('eligibility')).toContainText('already holds certificate');
  await expect(page.getByRole('button', { name: 'Issue certificate' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Download certificate (PDF)' })).toHaveAttribute('href', /^\/api\/certificates\/[0-9a-f-]{36}\/pdf$/);
  await expect(page.getByTestId('supervision-status')).toContainText('Next supervision due by');
  // The summary at the top: certified, the certificate in force with its expiry, when supervision is next due, hours against the cap.
  await expect(page.getByTestId('summary-stage')).toHaveText('Certified');
  await expect(page.getByTestId('summary-certificate')).toContainText(/Valid Buddy Support Worker \(.+\): expires \d{1,2} \w+ \d{4}/);
  await expect(page.getByTestId('summary-supervision')).toContainText('Next supervision due by');
  await expect(page.getByTestId('summary-hours')).toContainText(/ of \d+ hours a week \(the prison’s cap\), \d+ active allocations?/);
  await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', /^(allocate|record-supervision|none)$/);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-journey.png`, fullPage: true });
  const sessionsBefore = await page.getByTestId('supervision-log').locator('tbody tr').count();

  await page.getByRole('region', { name: 'Supervision', exact: true }).getByRole('button', { name: 'Record a supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a supervision' })).toBeVisible();
  await page.getByRole('button', { name: 'Record supervision' }).click();
  await expect(summary(page).getByRole('link', { name: 'Enter how long the supervision lasted, in minutes' })).toBeVisible();
  await expect(summary(page).getByRole('link', { name: 'Select how the buddy says they are' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('How long it lasted, in minutes').fill('40');
  await page.getByLabel('Hours worked as a buddy since the last supervision').fill('7.5');
  await page.getByLabel('4: Good').check();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Agreed actions (optional)').fill('Keep to four hours a week with Leonard.');
  await page.screenshot({ path: `${SCREENSHOTS}/supervision-new.png`, fullPage: true });
  await page.getByRole('button', { name: 'Record supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xavier Young' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(/Supervision on .* recorded/);
  await expect(page.getByTestId('supervision-log').locator('tbody tr')).toHaveCount(sessionsBefore + 1);
  await expect(page.getByTestId('supervision-log')).toContainText('Keep to four hours a week with Leonard.');

  // The kiosk PIN: a run like 123456 is refused, then a real one is set.
  const pinForm = page.getByTestId('pin-form');
  await pinForm.locator('#pin').fill('123456');
  await pinForm.getByRole('button').click();
  await expect(page.locator('#pin-error')).toContainText('not one digit repeated or a run like 123456');
  await pinForm.locator('#pin').fill('583920');
  await pinForm.getByRole('button').click();
  await expect(page.getByTestId('success-banner')).toContainText('PIN set.');
  await expect(page.getByTestId('pin-state')).toHaveText('Set');
  await expectNoAccessibilityViolations(page);
  expect(problems).toEqual([]);
});

test('a coordinator raises a concern, suspends the certificate while reviewing it, and records the outcome', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await openXavier(page);

  await page.getByRole('link', { name: 'Raise a concern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
  await page.getByRole('button', { name: 'Raise concern' }).click();
  await expect(summary(page).getByRole('link', { name: 'Describe the concern' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Boundary', { exact: true }).check();
  await page.getByLabel('What happened?').fill('Asked by Leonard to help him shave and wash; Xavier said he would think about it.');
  await page.getByRole('button', { name: 'Raise concern' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Concern about Xavier Young' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText('Concern about Xavier Young raised');
  await expect(page.getByTestId('concern-certificate')).toContainText('Valid');
  await page.getByRole('button', { name: 'Suspend certificate pending review' }).click();
  await expect(page.getByTestId('success-banner')).toContainText("Xavier Young's certificate is suspended while the concern is reviewed.");
  await expect(page.getByTestId('concern-certificate')).toContainText('Suspended');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/concern-review.png`, fullPage: true });

  await page.getByLabel('Outcome of the review').fill('Spoke with Xavier and Leonard: no intimate care took place. Boundaries explained again.');
  await page.getByRole('button', { name: 'Record outcome and close the concern' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Outcome recorded. The concern is closed.');
  await expect(page.getByTestId('concern-summary')).toContainText('Resolved');

  // The list: Craig's concern is still open, so it comes first.
  await menu(page).getByRole('link', { name: 'Concerns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concerns' })).toBeVisible();
  await expect(page.getByTestId('concerns').locator('tbody tr').first()).toContainText('Open');
  await expectNoAccessibilityViolations(page);

  // Back on his record, the suspension shows, and the coordinator reinstates the certificate.
  await openXavier(page);
  await expect(page.getByTestId('journey')).toContainText('Certificate suspended');
  await page.getByRole('button', { name: 'Reinstate certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reinstate certificate PP-/ })).toBeVisible();
  await page.getByRole('button', { name: 'Reinstate certificate' }).click();
  await expect(summary(page).getByRole('link', { name: 'Enter the reason for reinstating the certificate' })).toBeVisible();
  await page.getByLabel('Reason', { exact: true }).fill('Concern reviewed: no intimate care took place.');
  await page.getByRole('button', { name: 'Reinstate certificate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xavier Young' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(/Certificate PP-.* reinstated/);
  await expect(page.getByTestId('certificate-status').first()).toHaveText('Valid');
  await expect(page.getByTestId('journey')).toContainText('Certificate reinstated');
  expect(problems).toEqual([]);
});

test("a coordinator edits a prison's scheme policy, and is told when someone else saved first", async ({ page, context }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await menu(page).getByRole('link', { name: 'Prisons' }).click();
  await page.getByRole('link', { name: 'Policy for HMP Dartmoor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheme policy' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A second tab saves first.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel('Days between supervisions').fill('21');
  await other.getByRole('button', { name: 'Save policy' }).click();
  await expect(other.getByTestId('success-banner')).toContainText('Policy for HMP Dartmoor saved');
  await other.close();

  await page.getByLabel('Most hours a buddy may give each week').fill('12');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(summary(page)).toContainText('Someone else changed this policy since you opened it');
  await expect(page.getByLabel('Days between supervisions')).toHaveValue('21');
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Most hours a buddy may give each week').fill('12');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Policy for HMP Dartmoor saved');
  await page.reload();
  await expect(page.getByLabel('Most hours a buddy may give each week')).toHaveValue('12');
  await expect(page.getByLabel('Days between supervisions')).toHaveValue('21');
  await page.screenshot({ path: `${SCREENSHOTS}/prison-policy.png`, fullPage: true });
  // The browser logs the refused save (the 409 this test provoked); nothing else may go wrong.
  expect(problems.filter((problem) => !/409 \(Conflict\)/.test(problem))).toEqual([]);
});
