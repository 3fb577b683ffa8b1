import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

test('an admin adds a trainer, who signs in with the temporary password and must change it first', async ({ page }) => {
  // One journey over two people and seven pages, each checked by axe.
  test.slow();
  const problems = watchConsole(page);
  // Unique per run, so the test also passes against an already running Peerpath (BASE_URL).
  const username = `tlewis${Date.now().toString(36)}`;
  const temporary = 'temporary passphrase for tam';
  const chosen = 'tam chose this one herself';

  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 2, name: 'Administration' })).toBeVisible();
  await page.getByRole('navigation', { name: /menu|navigation/i }).getByRole('link', { name: 'Staff accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
  await expect(page.getByTestId('staff-table')).toContainText('Tess Trainer');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-list.png`, fullPage: true });

  await page.getByRole('link', { name: 'Add a staff account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a staff account' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Nothing filled in: every problem listed, each linked to its field.
  await page.getByRole('button', { name: 'Add account' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveText(['Enter their full name', 'Enter a username', 'Enter a temporary password', 'Choose a role']);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Full name').fill('Tam Lewis');
  // A prison number would take that buddy's kiosk sign-in.
  await page.getByLabel('Username').fill('c1001jk');
  await page.getByLabel('Temporary password').fill(temporary);
  await page.getByLabel('Trainer').check();
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Username must not look like a prison number (like A1234BC): buddies sign in with those',
    'Choose the prisons they deliver training at',
  ]);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-new-errors.png`, fullPage: true });

  await page.getByLabel('Username').fill(username);
  await page.getByLabel('HMP Exeter (EXI)').check();
  await page.getByLabel('HMP Dartmoor (DAI)').check();
  await page.screenshot({ path: `${SCREENSHOTS}/staff-new.png`, fullPage: true });
  await page.getByRole('button', { name: 'Add account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tam Lewis' })).toBeVisible();
  await expect(page.getByTestId('success-banner')).toContainText('Account added for Tam Lewis');
  await expect(page.getByTestId('staff-summary')).toContainText('Temporary password');
  await expect(page.getByTestId('roles-table').locator('tbody tr')).toHaveText([/Trainer\s*HMP Dartmoor \(DAI\)/, /Trainer\s*HMP Exeter \(EXI\)/]);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-account.png`, fullPage: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // First sign-in: straight to "Change your password", and nowhere else until it is changed.
  await signIn(page, username, temporary);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-change-password.png`, fullPage: true });
  await page.goto('/cohorts');
  await expect(page).toHaveURL(/\/change-password$/);

  await page.getByLabel('Temporary password', { exact: true }).fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('Confirm new password', { exact: true }).fill('not the same');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['The passwords do not match: enter the new password again']);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-change-password-errors.png`, fullPage: true });

  await page.getByLabel('Confirm new password', { exact: true }).fill(chosen);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tam Lewis' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Training' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-trainer-home.png`, fullPage: true });

  // The new password is the one that works now.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, username, chosen);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tam Lewis' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an admin resets a forgotten password: a new temporary one shown once, the person signed out and made to change it', async ({ page, browser, baseURL }) => {
  test.slow();
  const problems = watchConsole(page);
  const username = `rreset${Date.now().toString(36)}`;
  const first = 'first temporary passphrase';
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 2, name: 'Administration' })).toBeVisible();
  const xsrf = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '');
  const created = await page.request.post('/api/staff', {
    headers: { 'X-XSRF-TOKEN': xsrf },
    data: { username, displayName: 'Rhian Reset', password: first, roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;

  // Rhian is signed in elsewhere.
  const rhiansContext = await browser.newContext({ baseURL });
  const rhian = await rhiansContext.newPage();
  await signIn(rhian, username, first);
  await expect(rhian.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();

  await page.goto(`/staff/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rhian Reset' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText('Rhian Reset will be signed out everywhere')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset Rhian Reset’s password' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Rhian Reset’s password is reset and they have been signed out');
  const shown = page.getByTestId('temporary-password');
  await expect(shown).toContainText('It is shown only this once');
  const reset = (await shown.locator('.pp-temporary-password').innerText()).trim();
  expect(reset).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await expect(page.getByTestId('staff-summary')).toContainText('Temporary password');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-password-reset.png`, fullPage: true });
  // Shown once: a fresh visit does not show it again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhian Reset' })).toBeVisible();
  await expect(page.getByTestId('temporary-password')).toHaveCount(0);

  // Rhian's session has ended; the old password no longer works; the new one must be changed.
  await rhian.reload();
  await expect(rhian).toHaveURL(/\/sign-in/);
  await signIn(rhian, username, first);
  await expect(rhian.getByRole('alert')).toContainText('Enter a correct username and password');
  await signIn(rhian, username, reset);
  await expect(rhian).toHaveURL(/\/change-password$/);
  await rhian.getByLabel('Temporary password', { exact: true }).fill(reset);
  await rhian.getByLabel('New password', { exact: true }).fill('rhian remembers this one');
  await rhian.getByLabel('Confirm new password', { exact: true }).fill('rhian remembers this one');
  await rhian.getByRole('button', { name: 'Change password' }).click();
  await expect(rhian.getByRole('heading', { level: 1, name: 'Welcome, Rhian Reset' })).toBeVisible();
  await rhiansContext.close();
  expect(problems).toEqual([]);
});
