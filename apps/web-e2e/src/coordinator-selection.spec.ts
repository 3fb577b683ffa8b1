import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * A coordinator's selection round: add an applicant, approve them (after first trying without
 * the checks), enrol them in a cohort at their prison, and see it on their record.
 */

/** A prison number (A1234BC format) no other run or demo record uses: Z, then digits and letters from the clock. */
function uniquePrisonNumber(now = Date.now()): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXY';
  const digits = String(now % 10000).padStart(4, '0');
  const rest = Math.floor(now / 10000);
  return `Z${digits}${letters[rest % letters.length]}${letters[Math.floor(rest / letters.length) % letters.length]}`;
}

const summary = (page: Page) => page.locator('.govuk-error-summary');

test('a coordinator adds an applicant, approves them and enrols them in a cohort', async ({ page }) => {
  const problems = watchConsole(page);
  const prisonNumber = uniquePrisonNumber();
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  // The register, filtered through the address.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Buddies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buddy register' })).toBeVisible();
  await expect(page).toHaveTitle('Buddy register – Peerpath');
  await expect(page.getByTestId('buddy-register').locator('tbody tr')).not.toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-register.png`, fullPage: true });

  await page.getByLabel('Stage').selectOption('declined');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/buddies\?stage=declined$/);
  const declinedTags = page.getByTestId('buddy-register').locator('tbody .govuk-tag');
  await expect(declinedTags).not.toHaveCount(0);
  for (const tag of await declinedTags.all()) await expect(tag).toHaveText('Declined');
  await page.reload();
  await expect(page.getByLabel('Stage')).toHaveValue('declined');
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/buddies$/);

  // Add the applicant: the form first says what is missing.
  await page.getByRole('link', { name: 'Add an applicant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an applicant' })).toBeVisible();
  await page.getByRole('button', { name: 'Add applicant' }).click();
  await expect(summary(page).getByRole('link', { name: 'Enter a prison number' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Add an applicant/);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Prison number').fill(prisonNumber.toLowerCase());
  await page.getByLabel('First name').fill('Evan');
  await page.getByLabel('Last name').fill('Testperson');
  await page.getByLabel('Prison', { exact: true }).selectOption('EXI');
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-new.png`, fullPage: true });
  await page.getByRole('button', { name: 'Add applicant' }).click();

  await expect(page).toHaveURL(/\/buddies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Evan Testperson' })).toBeVisible();
  await expect(page).toHaveTitle('Evan Testperson – Peerpath');
  await expect(page.locator('.govuk-caption-l')).toHaveText(prisonNumber);
  await expect(page.getByTestId('summary-stage')).toHaveText('Applied');
  await expect(page.getByText('Not enrolled in any training yet.')).toBeVisible();
  // The record opens saying what happened, and what comes next: the selection decision.
  await expect(page.getByTestId('success-banner')).toContainText(`Applicant added: Evan Testperson (${prisonNumber})`);
  await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'decide-selection');
  await expect(page.getByTestId('next-step')).toContainText('Next step: Decide on the application');
  await expect(page.getByTestId('summary-certificate')).toHaveText('None yet');
  // Nothing that does not apply to an applicant: no allocation, no supervision.
  await expect(page.getByRole('link', { name: 'Allocate to someone' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record a supervision' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Record a supervision' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-applicant-added.png`, fullPage: true });
  // The next step leads to the decision.
  await page.getByTestId('next-step').getByRole('link', { name: 'Record the selection decision' }).click();
  await expect(page.locator('#selection-heading')).toBeFocused();

  // Approving without the security check and risk assessment is refused.
  await page.getByLabel('Approve').check();
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(summary(page).getByRole('link', { name: 'Complete the security check before approving' })).toBeVisible();
  await expect(summary(page).getByRole('link', { name: 'Complete the risk assessment before approving' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Security check done').check();
  await page.getByLabel('Risk assessment done').check();
  await page.getByLabel('Notes (optional)').fill('Security and risk checks clear.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Selection decision recorded: approved.');
  await expect(page.getByTestId('summary-stage')).toHaveText('Approved');
  await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'enrol');
  await expect(page.getByTestId('selection-history').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('selection-history')).toContainText('Chris Coordinator');
  await expect(page.getByTestId('selection-form')).toHaveCount(0);

  // Enrol in the first open cohort at Exeter: nothing is chosen until the coordinator chooses, and each names its programme.
  const cohort = page.getByLabel('Cohort');
  await expect(cohort).toHaveValue('');
  const first = cohort.locator('option:not([value=""])').first();
  await expect(first).toContainText('(Buddy Support Worker');
  const cohortName = ((await first.textContent()) ?? '').split(' (')[0].trim();
  await cohort.selectOption({ label: ((await first.textContent()) ?? '').trim() });
  await page.getByRole('button', { name: 'Enrol' }).click();
  await expect(page.getByTestId('success-banner')).toContainText(`Evan Testperson is enrolled in ${cohortName}.`);
  const training = page.getByRole('region', { name: 'Training so far' });
  await expect(training.getByRole('heading', { level: 3, name: cohortName })).toBeVisible();
  await expect(training.locator('tbody tr')).toHaveCount(14);
  await expect(training.locator('tbody .govuk-tag').first()).toHaveText('Not started');
  // Already in that cohort, so it is no longer offered.
  await expect(page.getByLabel('Cohort').locator('option', { hasText: `${cohortName} (` })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/buddy-page.png`, fullPage: true });

  // The register finds them by prison number.
  await page.goto(`/buddies?search=${prisonNumber}`);
  await expect(page.getByTestId('buddy-register').locator('tbody tr')).toHaveCount(1);
  // The first open cohort is the one about to start: nobody is in training before it starts, so still "Approved".
  await expect(page.getByTestId('buddy-register').locator('tbody tr')).toContainText('Approved');
  expect(problems).toEqual([]);
});

test('an auditor reads the register and a record but cannot change them', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'auditor');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Ada Auditor' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Buddies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buddy register' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add an applicant' })).toHaveCount(0);

  await page.getByTestId('buddy-register').locator('tbody tr a').first().click();
  await expect(page.getByTestId('buddy-summary')).toBeVisible();
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change the selection decision' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Adding is for coordinators: the address alone does not open the form, and the page says why.
  await page.goto('/buddies/new');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
  await expect(page.locator('form')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  expect(problems).toEqual([]);
});
