import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/** Home, with or without the count of who needs attention today. */
const HOME = /^Home(\d+ \(\d+ need attention\))?$/;

const DEMO_USERS = [
  { username: 'admin', name: 'Alex Admin', heading: 'Administration', nav: ['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring', 'Staff accounts', 'Audit trail'] },
  { username: 'trainer', name: 'Tess Trainer', heading: 'Training', nav: ['Home', 'My cohorts', 'Programmes'] },
  { username: 'coordinator', name: 'Chris Coordinator', heading: 'Buddy scheme coordination', nav: ['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring'] },
  { username: 'auditor', name: 'Ada Auditor', heading: 'Inspection', nav: ['Home', 'Buddies', 'Recipients', 'Supervision', 'Concerns', 'Cohorts', 'Programmes', 'Prisons', 'Monitoring', 'Audit trail'] },
];

test('the sign-in page is accessible and shows GOV.UK errors', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Peerpath' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/sign-in.png`, fullPage: true });

  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter your username' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await signIn(page, 'coordinator', 'not-the-right-password');
  await expect(page.getByRole('alert')).toContainText('Enter a correct username and password');
  await page.screenshot({ path: `${SCREENSHOTS}/sign-in-error.png`, fullPage: true });
  expect(problems).toEqual([]);
});

for (const user of DEMO_USERS) {
  test(`${user.username} signs in, sees their home page and signs out`, async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, user.username);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: user.heading })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(user.name);
    const nav = page.getByRole('navigation', { name: /menu|navigation/i });
    // Coordinators and trainers see how many need attention beside Home ("Home7 (7 need attention)" as text).
    await expect(nav.getByRole('link')).toHaveText(user.nav.map((label) => (label === 'Home' ? HOME : label)));
    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/home-${user.username}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    // Signed out means signed out: the home page sends you back to sign in.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(problems).toEqual([]);
  });
}

test('an unknown address shows the not-found page', async ({ page }) => {
  await signIn(page, 'trainer');
  await expect(page.getByRole('heading', { level: 2, name: 'Training' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/not-found.png`, fullPage: true });
});

test('signing in brings you back to the page you were sent from, and only to this site', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/cohorts');
  await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fcohorts$/);
  await expect(page.getByText('Buddies: use your prison number')).toBeVisible();
  await expect(page.getByText('Buddies: use your PIN')).toBeVisible();
  await page.getByLabel('Username').fill('coordinator');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/cohorts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto('/sign-in?returnUrl=%2F%2Fevil.example%2F');
  await page.getByLabel('Username').fill('coordinator');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Buddy scheme coordination' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(problems).toEqual([]);
});

test('a wrong PIN at the kiosk says it is the PIN, and how many tries are left', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'A1234BC', '135790');
  await expect(page.getByRole('alert')).toContainText('The prison number or PIN is not right. You have 4 tries left before your PIN is locked.');
  await expect(page.locator('#username-error')).toContainText('You have 4 tries left');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/sign-in-wrong-pin.png`, fullPage: true });

  // A prison number with no account is answered in the same words.
  await page.getByLabel('Username').fill('Z9876ZY');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The prison number or PIN is not right. You have 4 tries left before your PIN is locked.');

  // The right PIN signs Aaron in, and the count starts again.
  await page.getByLabel('Username').fill('A1234BC');
  await page.getByLabel('Password').fill('246810');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText('Aaron Blake');
  expect(problems).toEqual([]);
});
