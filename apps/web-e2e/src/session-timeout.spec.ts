import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Runs against the second Peerpath in playwright.config.mts (project "session-timeout"), whose
 * staff sessions end after 40 idle seconds and kiosk sessions after 30, each warned 20 seconds
 * ahead. Every wait is on what the person sees; the generous timeouts cover the idle time.
 */
const SEES_WARNING = { timeout: 45_000 };
const SEES_END = { timeout: 60_000 };

const warning = (page: Page) => page.getByRole('dialog', { name: 'You’re about to be signed out' });

/** How long the server says the session has left; asking does not extend it. */
async function sessionEnd(page: Page): Promise<number> {
  const response = await page.request.get('/api/auth/session');
  expect(response.status()).toBe(200);
  return Date.parse((await response.json()).expiresAt);
}

/** Signs in again on the sign-in page the app went to, without reloading (which would lose the page's memory). */
async function signInAgain(page: Page, username: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function buddyId(page: Page, prisonNumber: string): Promise<string> {
  const response = await page.request.get(`/api/buddies?search=${prisonNumber}`);
  return (await response.json()).items[0].id as string;
}

test.describe('session timeout', () => {
  test.slow();

  test('warns before a staff session ends; Escape or "Stay signed in" keeps it', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
    const stay = warning(page).getByRole('button', { name: 'Stay signed in' });
    const signOut = warning(page).getByRole('button', { name: 'Sign out' });

    // Escape means stay signed in: the session's end moves on.
    await expect(warning(page)).toBeVisible(SEES_WARNING);
    await expect(stay).toBeFocused();
    const before = await sessionEnd(page);
    await page.keyboard.press('Escape');
    await expect(warning(page)).toBeHidden();
    expect(await sessionEnd(page)).toBeGreaterThan(before);

    // It comes back before the new end; this time the button.
    await expect(warning(page)).toBeVisible(SEES_WARNING);
    const again = await sessionEnd(page);
    await stay.click();
    await expect(warning(page)).toBeHidden();
    expect(await sessionEnd(page)).toBeGreaterThan(again);

    // And once more, to look at it: focus is in the dialog and stays there.
    await expect(warning(page)).toBeVisible(SEES_WARNING);
    await expect(warning(page)).toContainText('For your security, we will sign you out in');
    await expect(warning(page)).toContainText('anything you have typed on this page is kept');
    await expect(stay).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(signOut).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(stay).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(signOut).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOTS}/session-timeout-warning.png` });
    await expectNoAccessibilityViolations(page);
    expect(problems).toEqual([]);
  });

  test('a supervision note typed as the session runs out is still there after signing in again, and saves', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
    const xavier = await buddyId(page, 'B2182XY');
    await page.goto(`/buddies/${xavier}/supervision/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Record a supervision' })).toBeVisible({ timeout: 15_000 });
    const note = 'Xavier asked what to do if Leonard asks for help washing: we went through saying no and who to call.';
    await page.getByLabel('How long it lasted, in minutes').fill('35');
    await page.getByLabel('Hours worked as a buddy since the last supervision').fill('6');
    await page.getByLabel('4: Good').check();
    await page.getByLabel('Concerns (optional)').fill(note);

    // Nobody answers the warning: the session ends and the app says so.
    await expect(warning(page)).toBeVisible(SEES_WARNING);
    await expect(page.getByTestId('session-ended')).toBeVisible(SEES_END);
    await expect(page.getByTestId('session-ended')).toContainText('You have been signed out');
    await expect(page.getByTestId('session-ended')).toContainText('after 40 seconds without activity');
    await expect(page.getByTestId('session-ended')).toContainText('what you typed is still there');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=/);
    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/session-ended-work-kept.png`, fullPage: true });

    await signInAgain(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Record a supervision' })).toBeVisible();
    await expect(page.getByLabel('Concerns (optional)')).toHaveValue(note);
    await expect(page.getByLabel('How long it lasted, in minutes')).toHaveValue('35');
    await expect(page.getByLabel('4: Good')).toBeChecked();
    await page.screenshot({ path: `${SCREENSHOTS}/session-work-restored.png`, fullPage: true });
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Record supervision' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Xavier Young' })).toBeVisible();
    await expect(page.getByTestId('success-banner')).toContainText(/Supervision on .* recorded/);
    await expect(page.getByTestId('supervision-log')).toContainText(note);
    expect(problems).toEqual([]);
  });

  test('a concern submitted after the session has ended is kept, and raised after signing in again', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
    const gareth = await buddyId(page, 'B6528GH');
    await page.goto(`/concerns/new?buddy=${gareth}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible({ timeout: 15_000 });
    const description = 'Gareth was seen lending his canteen card to the man he supports.';
    await page.getByLabel('Boundary', { exact: true }).check();
    await page.getByLabel('What happened?').fill(description);

    // The session ends elsewhere (signed out in another tab) before the form is sent.
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    expect((await page.request.post('/api/auth/logout', { headers: { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } })).status()).toBe(204);
    await page.getByRole('button', { name: 'Raise concern' }).click();

    await expect(page.getByTestId('session-ended')).toContainText('Your session has ended');
    await expect(page.getByTestId('session-ended')).toContainText('Sign in again to save your work: what you typed is still there.');
    await signInAgain(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
    await expect(page.getByLabel('What happened?')).toHaveValue(description);
    await expect(page.getByLabel('Boundary', { exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Concern about Gareth Hughes' })).toBeVisible();
    await expect(page.getByTestId('success-banner')).toContainText('Concern about Gareth Hughes raised');
    expect(problems).toEqual([]);
  });

  test('someone else signing in after a session ends never sees the work kept from it', async ({ page }) => {
    await signIn(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
    const gareth = await buddyId(page, 'B6528GH');
    await page.goto(`/concerns/new?buddy=${gareth}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible({ timeout: 15_000 });
    await page.getByLabel('What happened?').fill('Not for anyone else to read');
    await expect(page.getByTestId('session-ended')).toBeVisible(SEES_END);
    // The trainer may raise concerns too, so the same page opens for them, empty.
    await signInAgain(page, 'trainer');
    await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
    await expect(page.getByLabel('What happened?')).toHaveValue('');
  });

  test('warns a buddy at the kiosk, and signs them out when nobody answers', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, 'A1234BC', '246810');
    await expect(page.getByRole('banner')).toContainText('Aaron Blake');
    await expect(warning(page)).toBeVisible(SEES_WARNING);
    await expect(warning(page)).toContainText('This keeps your page private when you walk away from the kiosk.');
    await expectNoAccessibilityViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/session-timeout-warning-kiosk.png` });
    await expect(page.getByTestId('session-ended')).toContainText('after 30 seconds without activity', SEES_END);
    await expect(page.getByTestId('session-ended')).toContainText('Sign in again to carry on.');
    // Nothing of Aaron's page is left on the screen.
    await expect(page.getByRole('banner')).not.toContainText('Aaron Blake');
    expect(problems).toEqual([]);
  });
});
