import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Issue 10's lists in the browser: the recipient register sorted by "waiting since" from its
 * column header, and the allocations list paged through, sorted and filtered, every state in
 * the address so Back and refresh keep it. Exeter gets 24 more people on its register, and the
 * certified buddies there are allocated to them half an hour a week each (through the API, as
 * a coordinator would) until there is more than one page of active allocations.
 */

const EXTRA = 24;
const prisonNumber = (n: number) => `L${String(n).padStart(4, '0')}SL`;
/** Today at the prison, as the API counts days. */
const prisonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

async function coordinatorApi(baseURL: string): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await request.newContext({ baseURL });
  await api.get('/api/auth/me');
  const xsrf = async () => (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  let headers = { 'X-XSRF-TOKEN': await xsrf() };
  expect((await api.post('/api/auth/login', { data: { username: 'coordinator', password: DEMO_PASSWORD }, headers })).status()).toBe(200);
  headers = { 'X-XSRF-TOKEN': await xsrf() };
  return { api, headers };
}

test.beforeAll(async ({ baseURL }) => {
  const { api, headers } = await coordinatorApi(String(baseURL));
  if ((await (await api.get(`/api/recipients?search=${prisonNumber(1)}`)).json()).total === 0) {
    const added: string[] = [];
    for (let n = 1; n <= EXTRA; n++) {
      const created = await api.post('/api/recipients', {
        data: { prisonNumber: prisonNumber(n), firstName: 'Lena', lastName: `Lister${String(n).padStart(2, '0')}`, prisonCode: 'EXI', supportSummary: 'Needs meals collected', carePlanReference: `DCC-LS-${n}` },
        headers,
      });
      expect(created.status()).toBe(201);
      added.push((await created.json()).id);
    }
    // Half an hour a week each, from whichever certified buddy still has hours (the gate refuses the rest).
    const buddies = ((await (await api.get('/api/allocations/buddies?prison=EXI')).json()).items as { id: string }[]).map((b) => b.id);
    for (const recipientId of added.slice(0, EXTRA - 1)) {
      for (const buddyId of buddies) {
        const made = await api.post('/api/allocations', { data: { buddyId, recipientId, tasks: ['company_activities'], plannedWeeklyHours: 0.5, startsOn: prisonToday() }, headers });
        if (made.status() === 201) break;
      }
    }
  }
  const active = (await (await api.get('/api/allocations?prison=EXI')).json()).total as number;
  expect(active).toBeGreaterThan(25);
  await api.dispose();
});

const header = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });

test('the recipient register sorts by waiting since from its column header, and keeps the sort on refresh and Back', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recipients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recipients' })).toBeVisible();

  // Longest waiting first by default: the header says so.
  const table = page.getByTestId('recipients');
  await expect(header(page, 'Waiting since')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('caption')).toHaveText(/^Showing 1 to 25 of \d+ people$/);
  await expect(table.locator('tbody tr').first()).toContainText('Waiting for a buddy');

  // Newest waiting first: the person added today who has no buddy yet heads the list.
  await header(page, 'Waiting since').getByRole('link').click();
  await expect(page).toHaveURL(/\/recipients\?sort=waitingSince&order=desc$/);
  await expect(header(page, 'Waiting since')).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first()).toContainText(`Lena Lister${EXTRA}`);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/issue-10-recipients-sorted.png`, fullPage: true });

  await page.reload();
  await expect(header(page, 'Waiting since')).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first()).toContainText(`Lena Lister${EXTRA}`);

  // A filter keeps the sort; Back undoes the filter, not the sort.
  await page.getByLabel('Support', { exact: true }).selectOption('supported');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/support=supported/);
  await expect(page).toHaveURL(/sort=waitingSince&order=desc/);
  await expect(table.locator('tbody tr').first()).not.toContainText('Waiting for a buddy');
  await page.goBack();
  await expect(page).toHaveURL(/\/recipients\?sort=waitingSince&order=desc$/);
  await expect(page.getByLabel('Support', { exact: true })).toHaveValue('');
  expect(problems).toEqual([]);
});

test('the allocations list pages through every active allocation, sorts by hours and shows ended ones on request', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  await page.goto('/allocations');
  const list = page.getByTestId('allocations-list');
  const caption = list.locator('caption');
  await expect(caption).toHaveText(/Showing 1 to 25 of (\d+) active allocations/);
  const total = Number((await caption.textContent())?.match(/of (\d+)/)?.[1]);
  await expect(list.locator('tbody tr')).toHaveCount(25);
  await expect(header(page, 'Since')).toHaveAttribute('aria-sort', 'descending');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/issue-10-allocations.png`, fullPage: true });

  // Page 2 holds the rest, and no row of page 1.
  const firstPage = await list.locator('tbody tr').allTextContents();
  const pages = page.getByRole('navigation', { name: 'Pages of allocations' });
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/allocations\?page=2$/);
  await expect(caption).toHaveText(`Showing 26 to ${total} of ${total} active allocations`);
  await expect(list.locator('tbody tr')).toHaveCount(total - 25);
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  for (const row of await list.locator('tbody tr').allTextContents()) expect(firstPage).not.toContain(row);

  // Most hours first: sorting goes back to page 1.
  await header(page, 'Hours a week').getByRole('link').click();
  await expect(page).toHaveURL(/\/allocations\?sort=hours&order=desc$/);
  await expect(header(page, 'Hours a week')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Since')).toHaveAttribute('aria-sort', 'none');
  const hours = (await list.locator('tbody tr td:nth-child(4)').allTextContents()).map((text) => Number.parseFloat(text));
  expect(hours).toEqual([...hours].sort((a, b) => b - a));
  await expect(list.locator('tbody tr td:nth-child(4)').last()).toHaveText('0.5 hours');

  // Ended ones too: the filter keeps the sort, and the table says when each ended.
  await page.getByLabel('Status').selectOption('all');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(page.getByRole('heading', { level: 2, name: 'All allocations' })).toBeVisible();
  await expect(header(page, 'Ended')).toBeVisible();
  await expect(header(page, 'Hours a week')).toHaveAttribute('aria-sort', 'descending');
  await expectNoAccessibilityViolations(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Active allocations' })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('active');

  // At 320 px only the table's own region scrolls sideways, not the page.
  await page.setViewportSize({ width: 320, height: 640 });
  const region = page.getByRole('region', { name: /Showing 1 to 25/ });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const overflowing = await page.evaluate(() =>
    document.documentElement.scrollWidth > window.innerWidth
      ? Array.from(document.querySelectorAll('main *'))
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth && !el.closest('.pp-scroll-region'))
          .map((el) => `${el.tagName}.${el.className}`)
          .slice(0, 5)
      : [],
  );
  expect(overflowing).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/issue-10-allocations-320.png`, fullPage: true });
  expect(problems).toEqual([]);
});

test('concerns and cohorts are filtered, sorted and paged the same way', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  await page.goto('/concerns');
  const concerns = page.getByTestId('concerns');
  await expect(concerns.locator('caption')).toHaveText(/^Showing 1 to \d+ of \d+ concerns?$/);
  await expect(header(page, 'Status')).toHaveAttribute('aria-sort', 'ascending');
  await header(page, 'Raised').getByRole('link').click();
  await expect(page).toHaveURL(/\/concerns\?sort=raisedAt&order=desc$/);
  await expect(header(page, 'Raised')).toHaveAttribute('aria-sort', 'descending');
  await page.getByLabel('Kind').selectOption('boundary');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/kind=boundary/);
  for (const kind of await concerns.locator('tbody tr td:nth-child(2)').allTextContents()) expect(kind.trim()).toBe('Boundary');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/issue-10-concerns.png`, fullPage: true });

  await page.goto('/cohorts');
  const cohorts = page.getByTestId('cohorts-table');
  await expect(cohorts.locator('caption')).toHaveText(/^Showing 1 to \d+ of \d+ cohorts$/);
  await expect(header(page, 'Starts')).toHaveAttribute('aria-sort', 'descending');
  await page.getByLabel('Status').selectOption('current');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=current/);
  await expect(cohorts.locator('tbody tr').filter({ hasText: 'Finished' })).toHaveCount(0);
  await header(page, 'Starts').getByRole('link').click();
  await expect(page).toHaveURL(/sort=startsOn&order=asc/);
  await expect(header(page, 'Starts')).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/issue-10-cohorts.png`, fullPage: true });
  expect(problems).toEqual([]);
});
