import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, watchConsole } from './support';

/* On a narrow screen (320 CSS pixels) the service navigation collapses behind a "Menu" button, as GOV.UK's does. */
test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px the menu sits behind its button, opens, and closes again once a page is chosen', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Menu' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Buddies' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectNoAccessibilityViolations(page);
  await nav.getByRole('link', { name: 'Supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision due' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Supervision' })).toBeHidden();
  expect(problems).toEqual([]);
});

test('on a wide screen there is no menu button and the active page is marked current', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'coordinator');
  const nav = page.getByRole('navigation', { name: 'Menu' });
  await expect(nav.getByRole('link', { name: 'Buddies' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
  await nav.getByRole('link', { name: 'Buddies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buddy register' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Buddies' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
});

test('at 320 px a buddy’s record does not scroll sideways: its wide tables scroll in their own regions', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await page.goto('/buddies?search=B2182XY');
  await page.getByRole('link', { name: 'Xavier Young' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xavier Young' })).toBeVisible();
  await expect(page.getByTestId('supervision-log')).toBeVisible();
  await expect(page.getByTestId('summary-certificate')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAccessibilityViolations(page);
  expect(problems).toEqual([]);
});
