import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Bulk work: a coordinator approves the demo's three Exeter applicants (Jamal King, Liam Murphy,
 * Nathan Price) with one decision, then enrols all three in the cohort about to start. Only this
 * spec touches those three; coordinator-selection.spec.ts adds its own applicant, and the cohort
 * has twelve places, so the two pass in either order.
 */
const APPLICANTS = [
  { name: 'Jamal King', prisonNumber: 'C1001JK' },
  { name: 'Liam Murphy', prisonNumber: 'C1002LM' },
  { name: 'Nathan Price', prisonNumber: 'C1003NP' },
];

/** The demo names its cohorts by the month they start: the one about to start begins in 14 days. */
function upcomingCohortName(): string {
  const starts = new Date(Date.now() + 14 * 86_400_000);
  return `Exeter ${starts.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })}`;
}

test('a coordinator approves three applicants at once and enrols them together', async ({ page }) => {
  // Two bulk actions, each with its choice, review and result, and axe on every one of them.
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  // From the register to the bulk decision.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Buddies' }).click();
  await page.getByRole('link', { name: 'Decide on several applicants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decide on several applicants' })).toBeVisible();
  await expect(page).toHaveTitle('Decide on several applicants – Peerpath');

  // Nothing chosen, no decision: the form says what is missing.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.getByRole('link', { name: 'Choose at least one applicant' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select whether the applicant is approved or declined' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The list is searched and paged on the server; people chosen stay chosen when the search changes.
  for (const a of APPLICANTS.slice(0, 2)) await page.getByLabel(`${a.name}, ${a.prisonNumber}`).check();
  await page.getByLabel('Search by name or prison number').fill(APPLICANTS[2].prisonNumber);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByTestId('buddyIds-showing')).toHaveText(`1 found matching “${APPLICANTS[2].prisonNumber}”. Showing 1 to 1.`);
  await page.getByLabel(`${APPLICANTS[2].name}, ${APPLICANTS[2].prisonNumber}`).check();
  await expect(page.getByTestId('buddyIds-chosen')).toHaveText('3 chosen');
  await page.getByLabel('Approve').check();
  // Approving without the checks is refused before review, by the same rule the API runs.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary.getByRole('link', { name: 'Complete the security check before approving' })).toBeVisible();
  await page.getByLabel('Security check done').check();
  await page.getByLabel('Risk assessment done').check();
  await page.getByLabel('Notes (optional)').fill('Security and risk checks clear for the November round.');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-decide.png`, fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();

  // Review before saving.
  await expect(page.getByRole('heading', { level: 1, name: 'Check the decision before recording it' })).toBeVisible();
  const review = page.getByTestId('bulk-selection-review');
  await expect(review).toContainText('Approve');
  for (const a of APPLICANTS) await expect(review).toContainText(`${a.name}, ${a.prisonNumber}`);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-decide-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Record 3 decisions' }).click();

  await expect(page.getByTestId('success-banner')).toContainText('Selection decision recorded for 3 applicants: approved.');
  await expect(page.getByTestId('decided').locator('li')).toHaveCount(3);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-decided.png`, fullPage: true });

  // Each record shows the decision.
  await page.getByTestId('decided').getByRole('link', { name: 'Liam Murphy' }).click();
  await expect(page.getByTestId('summary-stage')).toHaveText('Approved');
  await expect(page.getByTestId('selection-history')).toContainText('Chris Coordinator');

  // Enrol all three in the cohort about to start.
  const cohortName = upcomingCohortName();
  await page.goto('/cohorts');
  await page.getByRole('link', { name: cohortName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  await page.getByRole('link', { name: 'Enrol several buddies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enrol several buddies' })).toBeVisible();
  await expect(page.getByTestId('places')).toContainText('places are free');
  // Offered by the server's enrol search: approved at Exeter and not on a cohort of this programme.
  for (const a of APPLICANTS) await page.getByLabel(`${a.name}, ${a.prisonNumber}`).check();
  await expect(page.getByTestId('buddyIds-chosen')).toHaveText('3 chosen');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-enrol.png`, fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check who you are enrolling' })).toBeVisible();
  await expect(page.getByTestId('bulk-enrol-review').locator('tbody tr')).toHaveCount(3);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-enrol-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Enrol 3 buddies' }).click();

  await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText('3 buddies enrolled: Jamal King, Liam Murphy, Nathan Price');
  const enrolments = page.getByTestId('enrolments-table');
  for (const a of APPLICANTS) await expect(enrolments).toContainText(a.prisonNumber);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-enrolled.png`, fullPage: true });
  expect(problems).toEqual([]);
});

test('a coordinator schedules a cohort’s sessions as a weekly series, reviewing each one’s module', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  const cohortName = upcomingCohortName();
  await page.goto('/cohorts');
  await page.getByRole('link', { name: cohortName, exact: true }).click();
  await page.getByRole('link', { name: 'Schedule a series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule a series of sessions' })).toBeVisible();

  // The cohort starts in 14 days: weekly from then, for 12 weeks.
  const first = new Date(Date.now() + 14 * 86_400_000);
  const [day, month, year] = first.toLocaleDateString('en-GB', { timeZone: 'Europe/London' }).split('/');
  await page.getByRole('textbox', { name: 'Day' }).fill(day);
  await page.getByRole('textbox', { name: 'Month' }).fill(month);
  await page.getByRole('textbox', { name: 'Year' }).fill(year);
  await page.getByLabel('Weekly').check();
  await page.getByLabel('For how many weeks or fortnights').fill('12');
  await page.getByLabel('Start time').fill('09:30');
  await page.getByLabel('End time').fill('11:30');
  await page.getByLabel('Location').fill('Education block, room 2');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Check the sessions and choose each one’s module' })).toBeVisible();
  const review = page.getByTestId('series-review');
  const sessions = await review.locator('select').count();
  const skipped = await page.getByTestId('skipped').locator('li').count();
  expect(sessions + skipped).toBe(12);
  // The modules in order to start with; the second session changed to module 3.
  await expect(review.locator('select').first()).toHaveValue(/.+/);
  await review.locator('select').nth(1).selectOption({ label: '3. Equality and diversity' });
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/bulk-series-review.png`, fullPage: true });
  await page.getByRole('button', { name: `Schedule ${sessions} sessions` }).click();

  await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(`${sessions} sessions scheduled`);
  expect(problems).toEqual([]);
});
