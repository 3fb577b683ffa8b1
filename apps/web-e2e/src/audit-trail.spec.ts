import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { DOWNLOADS, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Issue 11: the Devon auditor follows a buddy's record to its audit trail, reads the changes in
 * words, narrows them by kind of change and downloads them as CSV. Reads only: no demo record changes.
 */
test('an auditor reads a buddy’s audit trail in words, filters it by kind of change and downloads it', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'auditor');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome,/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /menu|navigation/i }).getByRole('link', { name: 'Audit trail' })).toBeVisible();

  await page.goto('/buddies?search=Blake');
  await page.getByTestId('buddy-register').getByRole('link', { name: 'Aaron Blake' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aaron Blake' })).toBeVisible();
  await page.getByRole('link', { name: 'Audit trail for this buddy' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page).toHaveURL(/\/audit\?buddyId=[0-9a-f-]{36}$/);
  await expect(page.getByTestId('subject-filter')).toContainText('Buddy: Aaron Blake (A1234BC)');
  const events = page.getByTestId('audit-event');
  const seeded = events.filter({ hasText: 'Added with the demo data' });
  await expect(seeded).toHaveCount(1);
  await expect(seeded).toContainText('Peerpath (demo data)');
  await expect(seeded.getByRole('link', { name: 'Aaron Blake (A1234BC)' })).toBeVisible();
  await expect(seeded.locator('dl')).toContainText('First name');
  await expect(seeded.locator('dl')).toContainText('Aaron');
  // Every event on this trail is about Aaron.
  const subjects = await events.locator('td:nth-child(4) a').allTextContents();
  expect(subjects.every((s) => s.includes('Aaron Blake (A1234BC)'))).toBe(true);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/audit-trail.png`, fullPage: true });

  // Narrowed by kind of change: nothing of this kind yet, then the kind there is.
  await page.getByLabel('Kind of change').selectOption({ label: 'Supervision recorded' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('audit-empty')).toHaveText('No changes match these filters.');
  await expect(page).toHaveURL(/action=supervision\.recorded/);
  await expect(page.getByTestId('subject-filter')).toContainText('Buddy: Aaron Blake (A1234BC)');
  await page.getByLabel('Kind of change').selectOption({ label: 'Added with the demo data' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(events).toHaveCount(1);
  await expect(events).toContainText('Added with the demo data');

  // A date that is not real is refused in the form, with the GOV.UK error summary.
  await page.getByRole('group', { name: 'From' }).getByLabel('Day').fill('31');
  await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill('2');
  await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The start date must be a real date');
  await expectNoAccessibilityViolations(page);

  // The CSV holds the same events as the page, with the same filters.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download CSV/ }).click()]);
  const saved = `${DOWNLOADS}/audit-trail.csv`;
  await download.saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(text.startsWith('\uFEFFWhen (UTC),When (London),Who,Username,What,About,Prison,Before,After,Request id\r\n')).toBe(true);
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ Who: 'Peerpath (demo data)', What: 'Added with the demo data', About: 'Aaron Blake (A1234BC)' });
  expect(rows[0]['After']).toContain('First name: Aaron');

  // Without the buddy: the trail of the whole cluster.
  await page.getByRole('link', { name: /^Remove/ }).click();
  await expect(page.getByTestId('subject-filter')).toHaveCount(0);
  await expect(page).not.toHaveURL(/buddyId=/);
  await expect(events.first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a coordinator has no audit trail: no link, and the page refuses', async ({ page }) => {
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome,/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
});
