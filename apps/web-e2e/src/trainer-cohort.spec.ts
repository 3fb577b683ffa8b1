import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, recordModuleMetForEveryone, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * A trainer's round: open My cohorts, take a session's register, record an observation on the
 * wing for two buddies, and see the progress matrix move. The demo data is relative to the day it
 * was seeded, so cells and modules are chosen from the page rather than named.
 */

const matrix = (page: Page) => page.getByTestId('progress-matrix');

/** The text of a matrix cell's tag, e.g. "Not started", "2 of 5" or "Complete". */
async function cellText(page: Page, buddyId: string, moduleId: string): Promise<string> {
  const tag = matrix(page).locator(`tr[data-buddy-id="${buddyId}"] td[data-module-id="${moduleId}"] .govuk-tag`);
  return (await tag.innerText()).trim();
}

/** What a cell should say once one more criterion is met. */
function oneMoreMet(before: string, criterionCount: number): string[] {
  if (before === 'Not started') return criterionCount === 1 ? ['Complete'] : [`1 of ${criterionCount}`];
  const match = /^(\d+) of (\d+)$/.exec(before);
  if (!match) throw new Error(`unexpected cell text "${before}"`);
  const met = Number(match[1]) + 1;
  // A criterion already met by this buddy would leave the count where it was; the spec avoids those.
  return met >= Number(match[2]) ? ['Complete'] : [`${met} of ${match[2]}`];
}

/** The first module, left to right, in which at least two active buddies are not yet complete. */
async function moduleWithTwoUnfinished(page: Page): Promise<{ moduleId: string; buddyIds: [string, string]; header: Locator }> {
  const headers = matrix(page).locator('thead th[data-module-id]');
  const rows = matrix(page).locator('tbody tr[data-buddy-id]');
  const rowCount = await rows.count();
  for (let i = 0; i < (await headers.count()); i++) {
    const header = headers.nth(i);
    const moduleId = (await header.getAttribute('data-module-id')) ?? '';
    const unfinished: string[] = [];
    for (let r = 0; r < rowCount; r++) {
      const row = rows.nth(r);
      if ((await row.locator('th .govuk-tag', { hasText: 'Withdrawn' }).count()) > 0) continue;
      const buddyId = (await row.getAttribute('data-buddy-id')) ?? '';
      if ((await cellText(page, buddyId, moduleId)) !== 'Complete') unfinished.push(buddyId);
    }
    if (unfinished.length >= 2) return { moduleId, buddyIds: [unfinished[0], unfinished[1]], header };
  }
  throw new Error('no module has two buddies still to complete it');
}

/** A competence criterion of the module on screen that neither buddy has met yet. */
async function competenceNotYetMet(page: Page, buddyIds: readonly string[]): Promise<string> {
  const decisions = page.getByTestId('decisions-table');
  const competence = page.locator('[data-criterion-kind="competence"]');
  for (let i = 0; i < (await competence.count()); i++) {
    const id = (await competence.nth(i).locator('input').getAttribute('value')) ?? '';
    const met = await Promise.all(
      buddyIds.map((buddyId) => decisions.locator(`tr[data-buddy-id="${buddyId}"] td[data-criterion-id="${id}"]`).getAttribute('data-met')),
    );
    if (met.every((value) => value !== 'true')) return id;
  }
  throw new Error('every competence criterion of this module is already met by one of the buddies');
}

test('a trainer takes a register, records an observation and sees the matrix change', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 2, name: 'Training' })).toBeVisible();

  // My cohorts: from the service navigation, labelled for a trainer.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My cohorts' })).toBeVisible();
  await expect(page).toHaveTitle(/^My cohorts/);
  const cohorts = page.getByTestId('cohorts-table');
  await expect(cohorts.locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create a cohort' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/my-cohorts.png`, fullPage: true });

  const running = cohorts.locator('tbody tr').filter({ hasText: 'Running' }).filter({ hasText: 'Exeter' }).first();
  const cohortName = (await running.getByRole('link').innerText()).trim();
  await running.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  await expect(matrix(page).locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  const cohortUrl = page.url();

  // The attendance register: everyone present, then one exception.
  // Registers open on the day: the last link is the most recent session held (today's, in the demo).
  const session = page.getByTestId('sessions-table').getByRole('link', { name: /^(Take|Update) register/ }).last();
  await session.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance register' })).toBeVisible();
  const rows = page.locator('fieldset');
  await expect(rows.first()).toBeVisible();
  const buddies = await rows.count();
  expect(buddies).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Mark everyone present' }).click();
  const absentee = rows.first();
  const absenteeName = (await absentee.locator('legend').innerText()).trim();
  await absentee.getByLabel('Absent').check();
  await expect(page.getByTestId('register-tally')).toHaveText(`So far: ${buddies - 1} present, 1 absent.`);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/attendance-register.png`, fullPage: true });
  await page.getByRole('button', { name: 'Save register' }).click();

  await expect(page).toHaveURL(cohortUrl);
  await expect(page.getByTestId('success-banner')).toContainText(`${buddies - 1} present, 1 absent`);
  expect(absenteeName).not.toBe('');

  // The matrix before: a module two buddies have still to complete.
  await expect(matrix(page).locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  const { moduleId, buddyIds, header } = await moduleWithTwoUnfinished(page);
  const before = await Promise.all(buddyIds.map((id) => cellText(page, id, moduleId)));
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/cohort-matrix.png`, fullPage: true });

  // Keyboard: the module heading is a real link.
  await header.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/modules/${moduleId}/assess$`));
  await expect(page.getByRole('heading', { level: 1, name: /^Module \d+: / })).toBeVisible();

  const decisions = page.getByTestId('decisions-table');
  const criterionId = await competenceNotYetMet(page, buddyIds);
  const criterionCount = await page.locator('[data-criterion-code]').count();

  await page.locator(`input[name=criteria][value="${criterionId}"]`).check();
  // A competence is shown in practice: the method choice narrows, and the page says why.
  await expect(page.getByTestId('method-restrictions')).toContainText('is a competence');
  await expect(page.getByLabel('Workbook')).toHaveCount(0);
  for (const buddyId of buddyIds) await page.locator(`input[name=buddies][value="${buddyId}"]`).check();
  await page.getByLabel('Observation in practice').check();
  await page.getByLabel('Met', { exact: true }).check();
  await page.getByLabel('Evidence note').fill('Observed on B wing helping a recipient to the servery and back');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/module-assessment.png`, fullPage: true });
  await page.getByRole('button', { name: 'Record 2 decisions' }).click();

  await expect(page.getByTestId('success-banner')).toContainText('2 decisions recorded as met');
  for (const buddyId of buddyIds) {
    await expect(decisions.locator(`tr[data-buddy-id="${buddyId}"] td[data-criterion-id="${criterionId}"]`)).toContainText(
      'Met — observation in practice',
    );
  }
  await expectNoAccessibilityViolations(page);

  // Back on the cohort page, both buddies' cells have moved on by one criterion.
  await page.getByRole('link', { name: 'Back to the cohort' }).click();
  await expect(page).toHaveURL(cohortUrl);
  await expect(matrix(page).locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  for (const [i, buddyId] of buddyIds.entries()) {
    const after = await cellText(page, buddyId, moduleId);
    expect(after).not.toBe(before[i]);
    expect(oneMoreMet(before[i], criterionCount)).toContain(after);
  }
  expect(problems).toEqual([]);
});

test('a coordinator sees every cohort at their prisons and the forms to set one up and schedule a session', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 2, name: 'Buddy scheme coordination' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Cohorts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await expect(page.getByTestId('cohorts-table').locator('tbody tr')).not.toHaveCount(0);

  await page.getByRole('link', { name: 'Create a cohort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a cohort' })).toBeVisible();
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('alert')).toContainText('Select a prison');
  await expect(page).toHaveTitle(/^Error: Create a cohort/);
  await page.getByLabel('Prison').selectOption('EXI');
  await expect(page.getByRole('group', { name: 'Trainers' }).getByRole('checkbox')).not.toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/create-cohort.png`, fullPage: true });

  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Schedule a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule a session' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Modules covered' }).getByRole('checkbox')).toHaveCount(14);
  await expectNoAccessibilityViolations(page);
  expect(problems).toEqual([]);
});

test('a trainer completes a module for the whole room in one submission', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).first().getByRole('link').click();
  await expect(matrix(page).locator('tbody tr[data-buddy-id]')).not.toHaveCount(0);
  const cohortUrl = page.url();
  const { moduleId, header } = await moduleWithTwoUnfinished(page);
  const active = await matrix(page).locator('tbody tr[data-buddy-id]').filter({ hasNot: page.locator('th .govuk-tag', { hasText: 'Withdrawn' }) }).count();

  await header.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/modules/${moduleId}/assess$`));
  await recordModuleMetForEveryone(page, active, 'Whole group observed during the practical session on the wing');

  await page.getByRole('link', { name: 'Back to the cohort' }).click();
  await expect(page).toHaveURL(cohortUrl);
  const cells = matrix(page).locator(`tbody tr[data-buddy-id] td[data-module-id="${moduleId}"] .govuk-tag`);
  await expect(cells).toHaveCount(active);
  await expect(cells.filter({ hasNotText: 'Complete' })).toHaveCount(0);
  await expect(matrix(page).getByTestId('module-totals')).toContainText(`${active} of ${active}`);
  expect(problems).toEqual([]);
});

test('a trainer raises a concern about a buddy from the cohort page and comes back to it', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My cohorts' }).click();
  await page.getByTestId('cohorts-table').locator('tbody tr').filter({ hasText: 'Running' }).first().getByRole('link').click();
  const raise = page.getByTestId('enrolments-table').getByRole('link', { name: /^Raise a concern about / }).first();
  await expect(raise).toBeVisible();
  const cohortUrl = page.url();
  const buddyName = (await raise.innerText()).replace(/\s+/g, ' ').trim().replace(/^Raise a concern about /, '');
  await raise.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', new URL(cohortUrl).pathname);
  await page.getByLabel('Boundary', { exact: true }).check();
  await page.getByLabel('What happened?').fill('Asked a recipient for tobacco in return for help at the servery');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Raise concern' }).click();

  await expect(page).toHaveURL(cohortUrl);
  await expect(page.getByTestId('success-banner')).toContainText(`Concern about ${buddyName} raised`);
  expect(problems).toEqual([]);
});
