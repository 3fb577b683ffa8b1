import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAccessibilityViolations, SCREENSHOTS, signIn, watchConsole } from './support';

/*
 * Issue 10's pickers, at a prison bigger than one page of the register: 150 more approved
 * buddies are added at Exeter through the API (as a coordinator would, one by one), then the
 * allocation form and the cohort's enrol page each find the person typed, by searching the
 * server, with their prison shown. Only the recipients at the buddy's prison are offered.
 */

const EXTRA = 150;
const prisonNumber = (n: number) => `W${String(n).padStart(4, '0')}PK`;

/** A request context signed in as the coordinator, echoing the XSRF cookie as the web app does. */
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
  const existing = await api.get(`/api/buddies?search=${prisonNumber(1)}`);
  if ((await existing.json()).total === 0) {
    for (let n = 1; n <= EXTRA; n++) {
      const created = await api.post('/api/buddies', {
        data: { prisonNumber: prisonNumber(n), firstName: 'Crowd', lastName: `Member${String(n).padStart(3, '0')}`, prisonCode: 'EXI', appliedOn: '2026-01-05' },
        headers,
      });
      expect(created.status()).toBe(201);
      const { id } = await created.json();
      const approved = await api.post(`/api/buddies/${id}/selection`, {
        data: { outcome: 'approved', securityCheckDone: true, riskAssessmentDone: true, decidedOn: '2026-01-06' },
        headers,
      });
      expect(approved.status()).toBe(201);
    }
  }
  await api.dispose();
});

test('at a prison with 150 more buddies, the allocation form finds a certified buddy by search and offers only recipients at their prison', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();

  // The register holds more than a page at Exeter; the picker still finds who is certified there.
  const register = await (await page.request.get('/api/buddies?prison=EXI&pageSize=100')).json();
  expect(register.total).toBeGreaterThan(EXTRA);
  const certified = await (await page.request.get('/api/allocations/buddies?prison=EXI')).json();
  expect(certified.total).toBeGreaterThan(0);
  const buddy = certified.items[0] as { firstName: string; lastName: string; prisonNumber: string; prisonName: string };

  await page.goto('/allocations/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocate a buddy' })).toBeVisible();
  const search = page.getByLabel('Search by prison number or name');
  // The crowd is approved, not certified: the allocation search does not offer them.
  await search.fill('Crowd Member');
  await expect(page.getByTestId('buddyId-status')).toHaveText('No one found matching “Crowd Member”.');
  await search.fill(buddy.prisonNumber.toLowerCase());
  const radio = page.getByRole('radio', { name: `${buddy.firstName} ${buddy.lastName} (${buddy.prisonNumber})` });
  await expect(radio).toBeVisible();
  await expect(page.getByTestId('buddyId-matches')).toContainText(`${buddy.prisonName}, certified`);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/picker-allocation-search.png`, fullPage: true });

  // Keyboard: Tab from the search box reaches the match; Space chooses it.
  await search.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();

  // Every recipient offered is at the buddy's prison, and says so.
  const options = page.locator('#recipientId option:not([value=""])');
  await expect(options.first()).toBeVisible({ visible: false });
  const labels = await options.allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toContain(`, ${buddy.prisonName}`);
  await expect(page.locator('#recipientId optgroup')).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/picker-allocation-chosen.png`, fullPage: true });
  expect(problems).toEqual([]);
});

test('the cohort enrol page finds one approved buddy among 150 by name', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Chris Coordinator' })).toBeVisible();
  const cohorts = (await (await page.request.get('/api/cohorts?prison=EXI&status=current')).json()).items as { id: string; status: string }[];
  const open = cohorts.find((c) => c.status !== 'finished');
  expect(open).toBeDefined();

  await page.goto(`/cohorts/${open?.id}/enrol`);
  await expect(page.getByRole('heading', { level: 1, name: 'Enrol a buddy' })).toBeVisible();
  await expect(page.getByTestId('buddyId-status')).toContainText(/^Showing 20 of \d+/);
  await page.getByLabel('Search by prison number or name').fill('Crowd Member150');
  await expect(page.getByRole('radio', { name: `Crowd Member150 (${prisonNumber(150)})` })).toBeVisible();
  await expect(page.getByTestId('buddyId-status')).toHaveText('1 person found matching “Crowd Member150”.');
  await expectNoAccessibilityViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/picker-enrol.png`, fullPage: true });
  expect(problems).toEqual([]);
});
