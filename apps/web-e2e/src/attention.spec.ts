import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * "Who needs attention today?" on the demo coordinator's home: supervision overdue (the running
 * cohort at Exeter has buddies never supervised), the list behind the count, and one of them put
 * right from it. Tomasz Nowak is the one supervised here: no other journey relies on him being
 * overdue (Aled Bowen's overdue supervision is what the allocation and record journeys need).
 */

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });
const overdueRow = (page: Page) => page.getByTestId('attention-panel').getByTestId('attention-supervision-overdue');

async function overdueCount(page: Page): Promise<number> {
  await expect(overdueRow(page).getByTestId('attention-count')).toHaveText(/^\d+$/);
  return Number(await overdueRow(page).getByTestId('attention-count').textContent());
}

test('a coordinator sees what needs attention today, opens the overdue list and records a supervision from it', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Needs attention today' })).toBeVisible();
  const overdue = await overdueCount(page);
  expect(overdue).toBeGreaterThan(1);
  await expect(overdueRow(page)).toContainText(/\d+ days/);
  // The count beside Home, read out as words.
  await expect(menu(page).getByRole('link', { name: /^Home \(\d+ need attention\)$/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/attention-home.png`, fullPage: true });

  await overdueRow(page).getByRole('link', { name: 'Supervision overdue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision overdue' })).toBeVisible();
  const list = page.getByTestId('attention-list');
  await expect(list).toContainText('Aled Bowen');
  await expect(list).toContainText(/Supervision overdue by \d+ days?/);
  await expect(page.getByText(new RegExp(`of ${overdue}\\.$`))).toBeVisible();
  await expect(page.getByRole('link', { name: /^Download CSV/ })).toHaveAttribute('href', '/api/attention/supervision-overdue/csv');
  const csv = await page.request.get('/api/attention/supervision-overdue/csv');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(await csv.text()).toContain('Tomasz Nowak');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/attention-list.png`, fullPage: true });

  // Tomasz may be on a later page when the list is long.
  const record = page.getByRole('link', { name: 'Record a supervision for Tomasz Nowak' });
  while ((await record.count()) === 0) await page.getByRole('link', { name: /^Next/ }).click();
  await record.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a supervision' })).toBeVisible();
  await page.getByLabel('How long it lasted, in minutes').fill('30');
  await page.getByLabel('Hours worked as a buddy since the last supervision').fill('0');
  await page.getByLabel('4: Good').check();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Agreed actions (optional)').fill('Catch up on modules 1 and 2 with the trainer.');
  await page.getByRole('button', { name: 'Record supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tomasz Nowak' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText(/Supervision on .* recorded/);

  await menu(page).getByRole('link', { name: /^Home/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await expect(overdueRow(page).getByTestId('attention-count')).toHaveText(String(overdue - 1));
  await page.goto('/attention/supervision-overdue');
  await expect(page.getByTestId('attention-list')).toContainText('Aled Bowen');
  await expect(page.getByText(new RegExp(`of ${overdue - 1}\\.$`))).toBeVisible();
  await expect(page.getByText('Tomasz Nowak')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a trainer sees their own lists: today’s sessions, registers not taken, criteria not yet met', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tess Trainer' })).toBeVisible();
  const panel = page.getByTestId('attention-panel');
  for (const key of ['sessions-today', 'registers-not-taken', 'criteria-not-yet-met']) await expect(panel.getByTestId(`attention-${key}`)).toBeVisible();
  await expect(panel.getByTestId('attention-supervision-overdue')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await panel.getByRole('link', { name: 'Registers not yet taken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registers not yet taken' })).toBeVisible();
  await expect(page.getByTestId('attention-list').or(page.getByTestId('attention-empty'))).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // A coordinator's list is not theirs.
  await page.goto('/attention/supervision-overdue');
  await expect(page.getByText('Sorry, this list cannot be shown right now. Try again later.')).toBeVisible();
  expect(problems.filter((p) => !/403/.test(p))).toEqual([]);
});
